package com.algotrading.common.service.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CloudWatch on 127.0.0.1 for the SDK's {@code AWS_ENDPOINT_URL}: it decodes each PutMetricData call in whichever
 * protocol the SDK speaks (Smithy RPCv2 CBOR, AWS JSON 1.0 or AWS Query) into the same plain data, and answers it
 * as that protocol wants.
 */
final class FakeCloudWatch implements AutoCloseable {

    record Datum(String namespace, String name, Map<String, String> dimensions, double value, String unit) {
    }

    private static final ObjectMapper CBOR = CBORMapper.shared();
    private static final ObjectMapper JSON = JsonMapper.shared();

    private final HttpServer server;
    private final List<Datum> data = new CopyOnWriteArrayList<>();
    private final List<String> protocols = new CopyOnWriteArrayList<>();

    FakeCloudWatch() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Datum> data() {
        return List.copyOf(data);
    }

    List<String> protocols() {
        return List.copyOf(protocols);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String path = exchange.getRequestURI().getPath();
        if (type.startsWith("application/cbor")) {
            protocols.add("rpc-v2-cbor " + path);
            readJsonShape(CBOR.readTree(body));
            exchange.getResponseHeaders().add("smithy-protocol", "rpc-v2-cbor");
            exchange.getResponseHeaders().add("Content-Type", "application/cbor");
            reply(exchange, CBOR.writeValueAsBytes(Map.of()));
        } else if (type.startsWith("application/x-amz-json")) {
            protocols.add("json " + exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            readJsonShape(JSON.readTree(body));
            exchange.getResponseHeaders().add("Content-Type", type);
            reply(exchange, "{}".getBytes(StandardCharsets.UTF_8));
        } else {
            protocols.add("query");
            readQuery(new String(body, StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            reply(exchange, ("<PutMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                    + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></PutMetricDataResponse>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private void readJsonShape(JsonNode call) {
        String namespace = call.path("Namespace").asString();
        for (JsonNode datum : call.path("MetricData")) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            datum.path("Dimensions").forEach(d -> dimensions.put(d.path("Name").asString(), d.path("Value").asString()));
            data.add(new Datum(namespace, datum.path("MetricName").asString(), dimensions,
                    datum.path("Value").asDouble(), datum.path("Unit").asString()));
        }
    }

    /** {@code MetricData.member.1.MetricName=...&MetricData.member.1.Dimensions.member.1.Name=...} */
    private void readQuery(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        for (int i = 1; fields.containsKey("MetricData.member." + i + ".MetricName"); i++) {
            String prefix = "MetricData.member." + i + ".";
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (int d = 1; fields.containsKey(prefix + "Dimensions.member." + d + ".Name"); d++) {
                dimensions.put(fields.get(prefix + "Dimensions.member." + d + ".Name"),
                        fields.get(prefix + "Dimensions.member." + d + ".Value"));
            }
            data.add(new Datum(fields.get("Namespace"), fields.get(prefix + "MetricName"), dimensions,
                    Double.parseDouble(fields.get(prefix + "Value")), fields.get(prefix + "Unit")));
        }
    }

    private static void reply(HttpExchange exchange, byte[] answer) throws IOException {
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<String> names(List<Datum> data) {
        List<String> names = new ArrayList<>();
        data.forEach(datum -> names.add(datum.name()));
        return names;
    }
}
