package com.algotrading.dashboard.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The trading-service (and the data-service's candles) as the contract ({@code shared/docs/trading-api.md}) has them,
 * on loopback, for the browser tests: a paper account that fills a market order at once at the instrument's last
 * price, positions and P&amp;L that follow {@link #price}, the risk state with its kill switch and the two denials a
 * page shows ({@code kill-switch}, {@code max-order-value}), deployments validated by the catalog's bounds,
 * backtests that run in two polls, and the event stream ({@code order, fill, position, pnl, risk, deployment}) with
 * monotonic ids. Everything answers as the real service's JSON does; state is kept in memory.
 */
final class FakeTradingService implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final BigDecimal START_EQUITY = new BigDecimal("1000000.00");

    private final HttpServer server;
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
    private final List<OutputStream> barStreams = new CopyOnWriteArrayList<>();
    private int closedMinutes;
    private final AtomicLong eventId = new AtomicLong();
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<String, BigDecimal> prices = new HashMap<>(Map.of("NSE:RELIANCE-EQ", new BigDecimal("2500.00"),
            "NSE:TCS-EQ", new BigDecimal("3800.00")));
    private final Map<String, ObjectNode> positions = new LinkedHashMap<>();
    private final List<ObjectNode> orders = new ArrayList<>();
    private final List<ObjectNode> fills = new ArrayList<>();
    private final List<ObjectNode> audit = new ArrayList<>();
    private final Map<String, ObjectNode> deployments = new LinkedHashMap<>();
    private final Map<String, ObjectNode> backtests = new LinkedHashMap<>();
    private final ObjectNode limits = JSON.createObjectNode().put("maxDailyTrades", 50).put("maxDailyLoss", "25000.00")
            .put("maxPositionValue", "500000.00").put("maxOpenPositions", 10).put("maxOrderValue", "500000.00")
            .put("maxOrdersPerSecond", 5);
    private String riskState = "ACTIVE";
    private String riskReason;
    private int tradesToday;

    FakeTradingService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The market moves: the position's unrealised P&L and the day's P&L follow, published on the stream. */
    synchronized void price(String symbol, String rupees) {
        prices.put(symbol, new BigDecimal(rupees));
        ObjectNode position = positions.get(symbol);
        if (position != null) {
            mark(position);
            publish("position", position);
        }
        publish("pnl", pnl());
    }

    @Override
    public void close() {
        streams.forEach(stream -> {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the client went first
            }
        });
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("GET") && path.equals("/api/v1/events")) {
            stream(exchange, streams);
            return;
        }
        if (method.equals("GET") && path.equals("/api/v1/stream/bars")) {
            stream(exchange, barStreams);
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply;
        synchronized (this) {
            reply = route(method, path, query(exchange), body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body),
                    exchange.getRequestHeaders().getFirst("X-Actor"));
        }
        byte[] bytes = reply.body() == null ? new byte[0] : JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().add("Content-Type", reply.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private record Reply(int status, JsonNode body) {
        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }
    }

    private Reply route(String method, String path, Map<String, String> query, JsonNode body, String actor) {
        String[] part = path.split("/");
        String route = method + " " + path.replaceAll("^/api/v1/(deployments|orders|backtests)/(?!cancel-all)[^/]+", "/api/v1/$1/{id}")
                .replaceAll("^/api/v1/positions/(?!close-all)[^/]+/close", "/api/v1/positions/{symbol}/close");
        String id = part.length > 4 ? part[4] : "";
        return switch (route) {
            case "GET /actuator/health/readiness" -> Reply.ok(JSON.createObjectNode().put("status", "UP"));
            case "GET /api/v1/strategies" -> Reply.ok(catalog());
            case "GET /api/v1/deployments" -> Reply.ok(JSON.valueToTree(deployments.values()));
            case "POST /api/v1/deployments" -> createDeployment(body);
            case "GET /api/v1/deployments/{id}" -> found(deployments.get(id));
            case "POST /api/v1/deployments/{id}/start" -> deploymentStatus(id, "RUNNING");
            case "POST /api/v1/deployments/{id}/stop" -> deploymentStatus(id, "STOPPED");
            case "DELETE /api/v1/deployments/{id}" -> deleteDeployment(id);
            case "GET /api/v1/deployments/{id}/trades" -> Reply.ok(trips(id));
            case "POST /api/v1/orders" -> place(body, actor);
            case "GET /api/v1/orders" -> Reply.ok(JSON.valueToTree(orders.reversed().stream()
                    .filter(o -> !query.containsKey("status") || o.path("status").asString().equals(query.get("status")))
                    .filter(o -> !query.containsKey("symbol") || o.path("symbol").asString().equals(query.get("symbol")))
                    .toList()));
            case "GET /api/v1/orders/{id}" -> found(orders.stream().filter(o -> o.path("id").asString().equals(id)).findFirst().orElse(null));
            case "DELETE /api/v1/orders/{id}" -> new Reply(409, problem(409, "/problems/conflict", "the order is already FILLED"));
            case "POST /api/v1/orders/cancel-all" -> Reply.ok(JSON.createObjectNode().put("cancelled", 0));
            case "GET /api/v1/trades" -> Reply.ok(JSON.valueToTree(fills));
            case "GET /api/v1/positions" -> Reply.ok(JSON.valueToTree(positions.values()));
            case "POST /api/v1/positions/{symbol}/close" -> close(URLDecoder.decode(part[4], StandardCharsets.UTF_8), actor);
            case "POST /api/v1/positions/close-all" -> closeAll(actor);
            case "GET /api/v1/pnl" -> Reply.ok(pnl());
            case "GET /api/v1/funds" -> Reply.ok(funds());
            case "GET /api/v1/risk" -> Reply.ok(risk());
            case "PUT /api/v1/risk/limits" -> setLimits(body, actor);
            case "POST /api/v1/risk/kill-switch" -> killSwitch("HALTED", "kill switch: " + body.path("reason").asString(), actor);
            case "DELETE /api/v1/risk/kill-switch" -> killSwitch("ACTIVE", null, actor);
            case "GET /api/v1/audit" -> Reply.ok(JSON.valueToTree(audit.reversed()));
            case "GET /api/v1/readiness" -> Reply.ok(readiness());
            case "POST /api/v1/backtests" -> submitBacktest(body);
            case "GET /api/v1/backtests/{id}" -> backtest(id);
            case "GET /api/v1/backtests" -> Reply.ok(JSON.valueToTree(backtests.values().stream()
                    .map(run -> run.deepCopy().without("result")).toList().reversed()));
            case "GET /api/v1/candles" -> Reply.ok(candles(query.getOrDefault("exchange", "NSE") + ":" + query.get("symbol")));
            default -> new Reply(404, problem(404, "/problems/not-found", "no " + method + " " + path));
        };
    }

    private static ArrayNode catalog() {
        ArrayNode catalog = JSON.createArrayNode();
        catalog.addObject().put("type", "sma-crossover").put("description",
                "Long when SMA(fast) crosses above SMA(slow), flat when it crosses below").set("parameters",
                JSON.createArrayNode().add(parameter("fast", 10, 2, 500, "Bars in the fast SMA"))
                        .add(parameter("slow", 30, 3, 1000, "Bars in the slow SMA; must exceed fast")));
        catalog.addObject().put("type", "rsi-reversion").put("description",
                "Long when RSI crosses below lower, flat when it crosses above upper").set("parameters",
                JSON.createArrayNode().add(parameter("period", 14, 2, 500, "RSI period in bars")));
        catalog.addObject().put("type", "webhook").put("description",
                "Orders from TradingView-style alerts posted to POST /api/v1/webhooks/{deploymentId}")
                .set("parameters", JSON.createArrayNode());
        return catalog;
    }

    private static ObjectNode parameter(String name, int value, int min, int max, String description) {
        return JSON.createObjectNode().put("name", name).put("type", "integer").put("default", value).put("min", min)
                .put("max", max).put("description", description);
    }

    private Reply createDeployment(JsonNode body) {
        if (body.path("name").asString("").isBlank()) {
            return invalid("name: is required, at most 100 characters");
        }
        if (body.path("parameters").path("fast").asInt(10) >= body.path("parameters").path("slow").asInt(30)) {
            return invalid("parameters: slow must exceed fast");
        }
        if (body.path("instruments").isEmpty()) {
            return invalid("instruments: lists 1 to 200 instruments such as NSE:RELIANCE-EQ");
        }
        String id = "dep-" + ids.incrementAndGet();
        ObjectNode deployment = JSON.createObjectNode().put("id", id);
        deployment.setAll((ObjectNode) body);
        deployment.put("status", "STOPPED").put("barsSeen", 0).put("realisedPnl", "0.00").put("unrealisedPnl", "0.00")
                .put("charges", "0.00").put("openPositions", 0);
        deployments.put(id, deployment);
        publish("deployment", deployment);
        if (body.path("strategy").asString().equals("webhook")) {
            // the secret comes with the create answer only, as the trading-service sends it
            return new Reply(201, deployment.deepCopy().put("webhookSecret", "whsec_" + id + "-secret"));
        }
        return new Reply(201, deployment);
    }

    private Reply deploymentStatus(String id, String status) {
        ObjectNode deployment = deployments.get(id);
        if (deployment == null) {
            return notFound(id);
        }
        deployment.put("status", status);
        if (status.equals("RUNNING")) {
            deployment.put("barsSeen", 1).put("lastBarTime", minute(0).toString());
        }
        publish("deployment", deployment);
        return Reply.ok(deployment);
    }

    private Reply deleteDeployment(String id) {
        ObjectNode deployment = deployments.get(id);
        if (deployment == null) {
            return notFound(id);
        }
        if (deployment.path("status").asString().equals("RUNNING")) {
            return new Reply(409, problem(409, "/problems/conflict", "deployment " + id + " is running; stop it first"));
        }
        deployments.remove(id);
        return new Reply(204, null);
    }

    /** A running deployment has made one round trip on its first instrument, twenty and ten minutes ago. */
    private ArrayNode trips(String id) {
        ArrayNode trips = JSON.createArrayNode();
        ObjectNode deployment = deployments.get(id);
        if (deployment != null && deployment.path("status").asString().equals("RUNNING")) {
            trips.addObject().put("symbol", deployment.path("instruments").path(0).asString()).put("side", "BUY")
                    .put("quantity", 1).put("entryTime", minute(20).toString()).put("entryPrice", "2490.00")
                    .put("exitTime", minute(10).toString()).put("exitPrice", "2510.00").put("grossPnl", "20.00")
                    .put("charges", "1.20").put("netPnl", "18.80").put("exitReason", "SIGNAL");
        }
        return trips;
    }

    private Reply place(JsonNode body, String actor) {
        String symbol = body.path("symbol").asString();
        BigDecimal price = prices.get(symbol);
        if (price == null) {
            return new Reply(400, problem(400, "/problems/unknown-instrument", "no instrument " + symbol));
        }
        long quantity = body.path("quantity").asLong();
        if (quantity <= 0) {
            return invalid("quantity must be positive");
        }
        if (riskState.equals("HALTED")) {
            return denied("kill-switch", "the kill switch is engaged: " + riskReason, actor, symbol);
        }
        BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
        if (value.compareTo(new BigDecimal(limits.path("maxOrderValue").asString())) > 0) {
            return denied("max-order-value", "the order's value " + value.setScale(2, RoundingMode.HALF_EVEN)
                    + " is over the limit " + limits.path("maxOrderValue").asString(), actor, symbol);
        }
        return new Reply(201, fill(symbol, body.path("side").asString(), quantity, body.path("product").asString("INTRADAY"), actor));
    }

    private ObjectNode fill(String symbol, String side, long quantity, String product, String actor) {
        BigDecimal price = prices.get(symbol);
        String now = OffsetDateTime.now(IST).toString();
        String id = "ord-" + ids.incrementAndGet();
        ObjectNode order = JSON.createObjectNode().put("id", id).put("clientOrderId", "C" + id.substring(4))
                .put("symbol", symbol).put("side", side).put("quantity", quantity).put("filledQuantity", quantity)
                .put("type", "MARKET").put("averagePrice", price.toPlainString()).put("product", product)
                .put("status", "FILLED").put("createdAt", now).put("updatedAt", now);
        orders.add(order);
        ObjectNode trade = JSON.createObjectNode().put("orderId", id).put("symbol", symbol).put("side", side)
                .put("quantity", quantity).put("price", price.toPlainString()).put("charges", "1.50").put("time", now);
        fills.add(trade);
        long signed = side.equals("BUY") ? quantity : -quantity;
        ObjectNode position = positions.computeIfAbsent(symbol, s -> JSON.createObjectNode().put("symbol", s)
                .put("product", product).put("quantity", 0).put("averagePrice", "0.00").put("realisedPnl", "0.00"));
        long before = position.path("quantity").asLong();
        if (before == 0 || Long.signum(before) == Long.signum(signed)) {
            BigDecimal cost = new BigDecimal(position.path("averagePrice").asString()).multiply(BigDecimal.valueOf(Math.abs(before)))
                    .add(price.multiply(BigDecimal.valueOf(quantity)));
            position.put("averagePrice", cost.divide(BigDecimal.valueOf(Math.abs(before + signed)), 2, RoundingMode.HALF_EVEN).toPlainString());
            tradesToday++;
        } else {
            BigDecimal gained = price.subtract(new BigDecimal(position.path("averagePrice").asString()))
                    .multiply(BigDecimal.valueOf(Math.min(quantity, Math.abs(before)) * Long.signum(before)));
            position.put("realisedPnl", new BigDecimal(position.path("realisedPnl").asString()).add(gained).toPlainString());
        }
        position.put("quantity", before + signed);
        mark(position);
        audit("order.placed", actor, side + " " + quantity + " " + symbol);
        publish("order", order);
        publish("fill", trade);
        publish("position", position);
        publish("pnl", pnl());
        return order;
    }

    private Reply close(String symbol, String actor) {
        ObjectNode position = positions.get(symbol);
        if (position == null || position.path("quantity").asLong() == 0) {
            return new Reply(404, problem(404, "/problems/not-found", "no open position in " + symbol));
        }
        long quantity = position.path("quantity").asLong();
        return new Reply(201, fill(symbol, quantity > 0 ? "SELL" : "BUY", Math.abs(quantity), position.path("product").asString(), actor));
    }

    private Reply closeAll(String actor) {
        int closed = 0;
        for (String symbol : List.copyOf(positions.keySet())) {
            if (positions.get(symbol).path("quantity").asLong() != 0) {
                close(symbol, actor);
                closed++;
            }
        }
        return Reply.ok(JSON.createObjectNode().put("orders", closed));
    }

    private void mark(ObjectNode position) {
        BigDecimal last = prices.get(position.path("symbol").asString());
        position.put("lastPrice", last.toPlainString());
        position.put("unrealisedPnl", last.subtract(new BigDecimal(position.path("averagePrice").asString()))
                .multiply(BigDecimal.valueOf(position.path("quantity").asLong())).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    private BigDecimal sum(String field) {
        return positions.values().stream().map(p -> new BigDecimal(p.path(field).asString("0")))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
    }

    private ObjectNode pnl() {
        BigDecimal charges = new BigDecimal("1.50").multiply(BigDecimal.valueOf(fills.size()));
        BigDecimal net = sum("realisedPnl").add(sum("unrealisedPnl")).subtract(charges);
        ObjectNode pnl = JSON.createObjectNode().put("realised", sum("realisedPnl").toPlainString())
                .put("unrealised", sum("unrealisedPnl").toPlainString()).put("charges", charges.toPlainString())
                .put("net", net.toPlainString()).put("equity", START_EQUITY.add(net).toPlainString());
        ArrayNode curve = pnl.putArray("equityCurve");
        for (int minutes = 30; minutes >= 0; minutes -= 5) {
            curve.addObject().put("time", minute(minutes).toString())
                    .put("equity", START_EQUITY.add(net.multiply(BigDecimal.valueOf(30 - minutes)).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_EVEN)).toPlainString());
        }
        return pnl;
    }

    private ObjectNode funds() {
        BigDecimal used = positions.values().stream().map(p -> new BigDecimal(p.path("averagePrice").asString())
                .multiply(BigDecimal.valueOf(Math.abs(p.path("quantity").asLong())))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = new BigDecimal(pnl().path("equity").asString());
        return JSON.createObjectNode().put("available", total.subtract(used).setScale(2, RoundingMode.HALF_EVEN).toPlainString())
                .put("used", used.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).put("total", total.toPlainString());
    }

    private ObjectNode risk() {
        ObjectNode risk = JSON.createObjectNode().put("state", riskState);
        if (riskReason != null) {
            risk.put("reason", riskReason);
        }
        risk.put("tradesToday", tradesToday).put("maxDailyTrades", limits.path("maxDailyTrades").asInt())
                .put("dailyPnl", pnl().path("net").asString()).set("limits", limits.deepCopy());
        return risk;
    }

    private Reply setLimits(JsonNode body, String actor) {
        for (String field : List.of("maxDailyTrades", "maxDailyLoss", "maxPositionValue", "maxOpenPositions",
                "maxOrderValue", "maxOrdersPerSecond")) {
            if (body.path(field).isMissingNode()) {
                return invalid("'" + field + "' is required");
            }
            limits.set(field, body.path(field).isString() ? JSON.getNodeFactory().stringNode(new BigDecimal(
                    body.path(field).asString()).setScale(2, RoundingMode.HALF_EVEN).toPlainString()) : body.path(field));
        }
        audit("risk.limits", actor, limits.toString());
        publish("risk", risk());
        return Reply.ok(risk());
    }

    private Reply killSwitch(String state, String reason, String actor) {
        riskState = state;
        riskReason = reason;
        audit(state.equals("HALTED") ? "kill-switch.engaged" : "kill-switch.released", actor, reason == null ? "" : reason);
        deployments.values().stream().filter(d -> state.equals("HALTED") && d.path("status").asString().equals("RUNNING"))
                .forEach(d -> d.put("status", "HALTED").put("statusReason", "kill switch"));
        publish("risk", risk());
        return Reply.ok(risk());
    }

    private ObjectNode readiness() {
        ObjectNode readiness = JSON.createObjectNode().put("ready", true);
        readiness.putArray("checks").add(JSON.createObjectNode().put("name", "instrument-tokens").put("ok", true)
                        .put("detail", deployments.size() + " instruments of running deployments resolve"))
                .add(JSON.createObjectNode().put("name", "market-feed").put("ok", true)
                        .put("detail", "the data-service's tick stream is connected"));
        return readiness;
    }

    private Reply submitBacktest(JsonNode body) {
        if (body.path("symbol").asString("").isBlank()) {
            return invalid("'symbol' is required");
        }
        String id = "bt-" + ids.incrementAndGet();
        ObjectNode run = JSON.createObjectNode().put("id", id).put("status", "QUEUED").put("progress", 0);
        run.set("request", body);
        run.put("createdAt", OffsetDateTime.now(IST).toString());
        backtests.put(id, run);
        return new Reply(202, JSON.createObjectNode().put("id", id));
    }

    /** The first poll finds the run half way, the next one done. */
    private Reply backtest(String id) {
        ObjectNode run = backtests.get(id);
        if (run == null) {
            return notFound(id);
        }
        switch (run.path("status").asString()) {
            case "QUEUED" -> run.put("status", "RUNNING").put("progress", 0.5);
            case "RUNNING" -> {
                run.put("status", "DONE").put("progress", 1).put("finishedAt", OffsetDateTime.now(IST).toString());
                run.set("result", sweeps(run.path("request")) ? sweep(run.path("request")) : result(run.path("request")));
            }
            default -> {
                // done: as it is
            }
        }
        return Reply.ok(run);
    }

    /** A CLI --json document: forty daily equity points that rise with a dip, and the two trades behind them. */
    private static ObjectNode result(JsonNode request) {
        ObjectNode result = JSON.createObjectNode();
        OffsetDateTime start = OffsetDateTime.of(2026, 10, 1, 15, 30, 0, 0, IST);
        ArrayNode curve = JSON.createArrayNode();
        for (int day = 0; day < 40; day++) {
            double equity = 1_000_000 + day * 900 - (day > 15 && day < 25 ? 6000 : 0);
            curve.addObject().put("time", start.plusDays(day).toString()).put("equity", BigDecimal.valueOf(equity).setScale(2));
        }
        ArrayNode trades = result.putArray("trades");
        trades.addObject().put("entryTime", start.plusDays(2).toString()).put("exitTime", start.plusDays(12).toString())
                .put("side", "long").put("quantity", 10).put("entryPrice", 2400).put("exitPrice", 2480).put("grossPnl", 800)
                .put("charges", 30).put("netPnl", 770).put("exitReason", "SIGNAL").put("closedAtEnd", false);
        trades.addObject().put("entryTime", start.plusDays(20).toString()).put("exitTime", start.plusDays(39).toString())
                .put("side", "long").put("quantity", 10).put("entryPrice", 2450).put("exitPrice", 2560).put("grossPnl", 1100)
                .put("charges", 32).put("netPnl", 1068).put("exitReason", "END").put("closedAtEnd", true);
        ObjectNode metrics = result.putObject("metrics").put("netPnl", 35100).put("totalReturn", 0.0351).put("cagr", 0.37)
                .put("annualVolatility", 0.08).put("sharpe", 1.42).put("sortino", 2.1).put("calmar", 3.2);
        metrics.putObject("maxDrawdown").put("amount", 6000).put("fraction", 0.0059).put("start", start.plusDays(15).toString())
                .put("end", start.plusDays(25).toString());
        metrics.put("trades", 2).put("winRate", 1.0).put("profitFactor", (String) null).put("expectancy", 919)
                .put("averageWin", 919).putNull("averageLoss").put("longestWinStreak", 2).put("longestLossStreak", 0)
                .put("exposure", 0.72).put("chargesPaid", 62).put("tradingDays", 40);
        result.set("equityCurve", curve);
        return result;
    }

    private static boolean sweeps(JsonNode request) {
        return request.path("parameters").valueStream().anyMatch(value -> value.asString("").contains(".."));
    }

    /**
     * A sweep's ranked points, as the service answers one: every point of the grid of the ranges ("5..15:5"), its
     * Sharpe ratio highest where fast is a third of slow.
     */
    private static ObjectNode sweep(JsonNode request) {
        List<Map<String, Integer>> grid = List.of(Map.of());
        for (var parameter : request.path("parameters").properties()) {
            String[] range = parameter.getValue().asString().split("\\.\\.|:");
            List<Map<String, Integer>> wider = new ArrayList<>();
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            int step = range.length > 2 ? Integer.parseInt(range[2]) : 1;
            for (Map<String, Integer> point : grid) {
                for (int value = from; value <= to; value += step) {
                    Map<String, Integer> more = new LinkedHashMap<>(point);
                    more.put(parameter.getKey(), value);
                    wider.add(more);
                }
            }
            grid = wider;
        }
        ObjectNode sweep = JSON.createObjectNode().put("rankedBy", "sharpe");
        ArrayNode points = sweep.putArray("points");
        grid.stream().sorted(java.util.Comparator.comparingDouble(FakeTradingService::sharpe).reversed()).forEach(point -> {
            ObjectNode entry = points.addObject();
            entry.set("parameters", JSON.valueToTree(point));
            ObjectNode metrics = entry.putObject("metrics").put("netPnl", Math.round(sharpe(point) * 20000)).put("sharpe", sharpe(point))
                    .put("trades", 10 + point.values().stream().mapToInt(Integer::intValue).sum() % 7);
            metrics.putObject("maxDrawdown").put("amount", 5000).put("fraction", 0.005);
        });
        sweep.putArray("skipped");
        return sweep;
    }

    private static double sharpe(Map<String, Integer> point) {
        double fast = point.getOrDefault("fast", 10);
        double slow = point.getOrDefault("slow", 30);
        return Math.round((2 - Math.abs(fast / slow - 1.0 / 3) * 4) * 1000) / 1000.0;
    }

    /** Sixty one-minute bars up to now around the instrument's price, and one more for each minute closed since. */
    private ArrayNode candles(String symbol) {
        BigDecimal base = prices.getOrDefault(symbol, new BigDecimal("1000.00"));
        ArrayNode candles = JSON.createArrayNode();
        for (int minutes = 59 + closedMinutes; minutes >= 0; minutes--) {
            double wave = Math.sin(minutes / 6.0) * 12;
            BigDecimal open = base.add(BigDecimal.valueOf(wave)).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal close = base.add(BigDecimal.valueOf(Math.sin((minutes - 1) / 6.0) * 12)).setScale(2, RoundingMode.HALF_EVEN);
            candles.addObject().put("time", minute(minutes).toString()).put("open", open).put("high", open.max(close).add(BigDecimal.valueOf(3)))
                    .put("low", open.min(close).subtract(BigDecimal.valueOf(3))).put("close", close).put("volume", 1000 + minutes);
        }
        return candles;
    }

    private static OffsetDateTime minute(int minutesAgo) {
        return OffsetDateTime.now(IST).truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutesAgo));
    }

    private void audit(String action, String actor, String details) {
        audit.add(JSON.createObjectNode().put("time", OffsetDateTime.now(IST).toString()).put("actor", actor)
                .put("action", action).put("details", details));
    }

    private Reply denied(String rule, String detail, String actor, String symbol) {
        audit("risk.denied", actor, rule + ": " + symbol);
        ObjectNode problem = problem(422, "/problems/risk-denied", detail);
        problem.put("rule", rule);
        return new Reply(422, problem);
    }

    private static Reply invalid(String detail) {
        return new Reply(400, problem(400, "/problems/invalid-request", detail));
    }

    private static Reply notFound(String id) {
        return new Reply(404, problem(404, "/problems/not-found", "no " + id));
    }

    private static Reply found(ObjectNode node) {
        return node == null ? new Reply(404, problem(404, "/problems/not-found", "not found")) : Reply.ok(node);
    }

    private static ObjectNode problem(int status, String type, String detail) {
        return JSON.createObjectNode().put("type", type).put("title", type.substring("/problems/".length()))
                .put("status", status).put("detail", detail);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private void stream(HttpExchange exchange, List<OutputStream> into) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": stream open\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        into.add(out);
    }

    /** The data-service closes one more minute: its candles grow by a bar, and the bar goes out on the bar stream. */
    public void closeMinute(String symbol) {
        synchronized (this) {
            closedMinutes++;
        }
        send(barStreams, "bar", JSON.createObjectNode().put("symbol", symbol).put("interval", "1m"));
    }

    private void publish(String type, JsonNode data) {
        send(streams, type, data);
    }

    private void send(List<OutputStream> to, String type, JsonNode data) {
        String event = "id: " + eventId.incrementAndGet() + "\nevent: " + type + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
        for (OutputStream stream : to) {
            try {
                stream.write(event.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException gone) {
                to.remove(stream);
            }
        }
    }
}
