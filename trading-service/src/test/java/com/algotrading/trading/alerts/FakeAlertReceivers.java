package com.algotrading.trading.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SNS and a webhook on 127.0.0.1. The SNS fake decodes the Publish call the SDK sends, AWS Query (form fields) or
 * AWS JSON, into its topic, subject and message; the webhook keeps each JSON body.
 */
final class FakeAlertReceivers implements AutoCloseable {

    record Published(String topicArn, String subject, String message) {
    }

    private final HttpServer server;
    final List<Published> sns = new CopyOnWriteArrayList<>();
    final List<JsonNode> webhook = new CopyOnWriteArrayList<>();

    FakeAlertReceivers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::sns);
        server.createContext("/hook", this::hook);
        server.start();
    }

    String snsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void sns(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (type.startsWith("application/x-amz-json")) {
            JsonNode call = JsonMapper.shared().readTree(body);
            sns.add(new Published(call.path("TopicArn").asString(), call.path("Subject").asString(),
                    call.path("Message").asString()));
            reply(exchange, type, "{\"MessageId\":\"1\"}");
        } else {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            if ("Publish".equals(form.get("Action"))) {
                sns.add(new Published(form.get("TopicArn"), form.get("Subject"), form.get("Message")));
            }
            reply(exchange, "text/xml", "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                    + "<PublishResult><MessageId>1</MessageId></PublishResult>"
                    + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></PublishResponse>");
        }
    }

    private void hook(HttpExchange exchange) throws IOException {
        webhook.add(JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes()));
        reply(exchange, "text/plain", "ok");
    }

    private static void reply(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
