package com.algotrading.data.feed.angelone;

import com.sun.net.httpserver.HttpServer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Angel One built from the reference: the login endpoint (JDK HTTP server) and a
 * WebSocket 2.0 server written against RFC 6455 directly, so tests control every byte: handshake refusals,
 * binary and text frames, a socket that goes silent.
 */
final class FakeAngelOne implements AutoCloseable {

    /** A login request as received: its headers (lower-case names) and JSON body. */
    record Login(Map<String, String> headers, String body) {
    }

    final List<Login> logins = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> handshakes = new CopyOnWriteArrayList<>();
    final List<String> textFromClients = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final HttpServer rest;
    private final ServerSocket ws;
    volatile int loginStatus = 200;
    volatile String loginBody = "{\"status\":true,\"message\":\"SUCCESS\",\"errorcode\":\"\",\"data\":{\"jwtToken\":"
            + "\"jwt-1\",\"refreshToken\":\"r\",\"feedToken\":\"feed-1\"}}";
    volatile boolean answerPings = true;
    volatile boolean refuseHandshake;

    FakeAngelOne() throws IOException {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext(SmartApiClient.LOGIN_PATH, exchange -> {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    values.getFirst()));
            logins.add(new Login(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = loginBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(loginStatus, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        rest.start();
        ws = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptSockets);
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + rest.getAddress().getPort());
    }

    URI wsUrl() {
        return URI.create("ws://127.0.0.1:" + ws.getLocalPort() + "/smart-stream");
    }

    int connections() {
        return handshakes.size();
    }

    void sendBinary(byte[] payload) throws IOException {
        send(0x2, payload);
    }

    void sendText(String payload) throws IOException {
        send(0x1, payload.getBytes(StandardCharsets.UTF_8));
    }

    private void acceptSockets() {
        while (!ws.isClosed()) {
            try {
                Socket socket = ws.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            Map<String, String> headers = readHeaders(in);
            OutputStream out = socket.getOutputStream();
            if (refuseHandshake) {
                out.write(("HTTP/1.1 401 Unauthorized\r\nx-error-message: Invalid Header - Invalid Auth token\r\n"
                        + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            handshakes.add(headers);
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(headers.get("sec-websocket-key")) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sockets.add(socket);
            readFrames(new DataInputStream(in), socket);
        } catch (IOException gone) {
            // the client closed or aborted the socket
        }
    }

    private void readFrames(DataInputStream in, Socket socket) throws IOException {
        while (true) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            in.readFully(mask);
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            int opcode = first & 0x0F;
            if (opcode == 0x8) {
                return;
            }
            if (opcode == 0x1) {
                String text = new String(payload, StandardCharsets.UTF_8);
                textFromClients.add(text);
                if (text.equals("ping") && answerPings) {
                    write(socket, 0x1, "pong".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void send(int opcode, byte[] payload) throws IOException {
        write(sockets.getLast(), opcode, payload);
    }

    private static synchronized void write(Socket socket, int opcode, byte[] payload) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else {
            out.write(126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        }
        out.write(payload);
        out.flush();
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("handshake cut short");
            }
            head.append((char) b);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        head.toString().lines().skip(1).filter(line -> line.contains(":")).forEach(line -> headers.put(
                line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                line.substring(line.indexOf(':') + 1).strip()));
        return headers;
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(
                    (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        rest.stop(0);
        ws.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
