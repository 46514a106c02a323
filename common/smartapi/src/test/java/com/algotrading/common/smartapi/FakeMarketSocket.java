package com.algotrading.common.smartapi;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.function.Predicate;

/**
 * Angel One's WebSocket 2.0 market-data server, written against RFC 6455 directly so tests control every byte:
 * handshake refusals (HTTP 401 with {@code x-error-message}), binary and text frames, a socket that goes silent.
 * It admits a handshake whose headers {@link FakeAngelOne} accepts, and answers {@code ping} with {@code pong}.
 */
public final class FakeMarketSocket implements AutoCloseable {

    private final Predicate<Map<String, String>> admits;
    private final String path;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> handshakes = new CopyOnWriteArrayList<>();
    private final List<String> textFromClients = new CopyOnWriteArrayList<>();
    private volatile boolean answerPings = true;
    private volatile boolean refuseHandshakes;

    FakeMarketSocket(Predicate<Map<String, String>> admits) throws IOException {
        this(admits, "/smart-stream");
    }

    /** The same server at another path: the order-update socket speaks the same framing, text only. */
    FakeMarketSocket(Predicate<Map<String, String>> admits, String path) throws IOException {
        this.admits = admits;
        this.path = path;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptSockets);
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + path);
    }

    /** The headers (names lower-case) of every admitted handshake. */
    public List<Map<String, String>> handshakes() {
        return handshakes;
    }

    public int connections() {
        return handshakes.size();
    }

    public List<String> textFromClients() {
        return textFromClients;
    }

    public void answerPings(boolean answer) {
        answerPings = answer;
    }

    /** Refuses every handshake, however good its tokens, as the broker does when its session store fails. */
    public void refuseHandshakes(boolean refuse) {
        refuseHandshakes = refuse;
    }

    /** Sends a binary frame on the newest connection. */
    public void sendBinary(byte[] payload) throws IOException {
        write(sockets.getLast(), 0x2, payload);
    }

    public void sendText(String payload) throws IOException {
        write(sockets.getLast(), 0x1, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a text frame on every open connection; a connection that fails is dropped. */
    public void broadcastText(String payload) {
        for (Socket socket : sockets) {
            try {
                write(socket, 0x1, payload.getBytes(StandardCharsets.UTF_8));
            } catch (IOException gone) {
                sockets.remove(socket);
            }
        }
    }

    /** Whether a connection is open (one that was dropped or closed no longer counts). */
    public boolean connected() {
        return sockets.stream().anyMatch(socket -> !socket.isClosed());
    }

    /** Cuts every open connection, as a network failure would (no close frame). */
    public void dropConnections() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
            sockets.remove(socket);
        }
    }

    private void acceptSockets() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
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
            if (refuseHandshakes || !admits.test(headers)) {
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
    public void close() {
        try {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
