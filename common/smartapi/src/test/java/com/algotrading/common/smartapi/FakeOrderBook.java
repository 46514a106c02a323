package com.algotrading.common.smartapi;

import com.algotrading.common.market.IstTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The fake broker's orders (reference §3): placeOrder, modifyOrder, cancelOrder, getOrderBook, getTradeBook,
 * details/{uniqueorderid}, getPosition and getRMS answer from one book; every change is pushed as the order-update
 * socket's message (§5, {@code AB01} open ... {@code AB05} complete). Tests fill, partly fill or reject orders, as the
 * exchange would. Like Angel One since April 2026 it refuses MARKET orders from an algo. Numbers in rows are written
 * the way the broker mixes them: quantities as strings, prices as JSON numbers.
 */
public final class FakeOrderBook {

    private static final JsonMapper JSON = new JsonMapper();
    private static final DateTimeFormatter BROKER_TIME =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH).withZone(IstTime.ZONE);
    private static final DateTimeFormatter FILL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(IstTime.ZONE);

    /** One order at the fake; the book's lock guards every field. */
    public static final class Order {
        private final String orderId;
        private final String uniqueOrderId = UUID.randomUUID().toString();
        private final JsonNode placed;
        private volatile boolean listed = true;
        private String status = "open";
        private String text = "";
        private long quantity;
        private BigDecimal price;
        private final List<Fill> fills = new ArrayList<>();

        Order(String orderId, JsonNode placed) {
            this.orderId = orderId;
            this.placed = placed;
            this.quantity = placed.path("quantity").asLong();
            this.price = new BigDecimal(placed.path("price").asString("0"));
        }

        public String orderId() {
            return orderId;
        }

        public String ordertag() {
            return placed.path("ordertag").asString("");
        }

        /** The placeOrder body as received. */
        public JsonNode placed() {
            return placed;
        }

        public synchronized String status() {
            return status;
        }

        public synchronized long filled() {
            return fills.stream().mapToLong(Fill::quantity).sum();
        }

        /** The limit price now, after any modifyOrder. */
        public synchronized BigDecimal price() {
            return price;
        }
    }

    record Fill(String fillId, long quantity, BigDecimal price, java.time.Instant time) {
    }

    private final Clock clock;
    private final String clientCode;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final List<Order> placedInOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(250_101_000_000_100L);
    private final AtomicLong fillIds = new AtomicLong(5_000_000);
    private final Consumer<String> push;
    private volatile String rejectNext;
    private volatile java.time.Duration tradeBookLag = java.time.Duration.ZERO;

    FakeOrderBook(Clock clock, String clientCode, Consumer<String> push) {
        this.clock = clock;
        this.clientCode = clientCode;
        this.push = push;
    }

    /** Every order placed, oldest first, listed in the books yet or not. */
    public List<Order> orders() {
        return List.copyOf(placedInOrder);
    }

    public Optional<Order> byTag(String ordertag) {
        return placedInOrder.stream().filter(order -> order.ordertag().equals(ordertag)).findFirst();
    }

    /** The exchange rejects the next order placed with {@code text}, after placeOrder answered its id. */
    public void rejectNext(String text) {
        rejectNext = text;
    }

    /** The exchange fills {@code quantity} of an order at {@code rupees}; pushed as an update. */
    public void fill(Order order, long quantity, String rupees) {
        synchronized (order) {
            order.fills.add(new Fill(Long.toString(fillIds.incrementAndGet()), quantity, new BigDecimal(rupees),
                    clock.instant()));
            order.status = order.filled() >= order.quantity ? "complete" : "open";
        }
        push(order, order.status.equals("complete") ? "AB05" : "AB01");
    }

    /**
     * An order placed outside the platform, in the broker's app: a limit order without an {@code ordertag}, listed at
     * once and pushed like any other.
     */
    public Order placeElsewhere(String exchange, String tradingsymbol, String symboltoken, String side, long quantity,
                                String rupees, String producttype) {
        ObjectNode body = JSON.createObjectNode().put("variety", "NORMAL").put("ordertype", "LIMIT")
                .put("producttype", producttype).put("duration", "DAY").put("tradingsymbol", tradingsymbol)
                .put("transactiontype", side).put("exchange", exchange).put("symboltoken", symboltoken)
                .put("quantity", Long.toString(quantity)).put("price", rupees);
        String id = place(body, true).path("orderid").asString();
        return orders.get(id);
    }

    /** @param listed whether the books show the order at once, or only once {@link #list} is called (a lagging book) */
    JsonNode place(JsonNode body, boolean listed) {
        if (body.path("ordertag").asString("").length() >= 20) {
            throw new Refusal("AB4008", "ordertag length should be less than 20 characters");
        }
        if (body.path("ordertype").asString("").equals("MARKET")) {
            throw new Refusal("AB1008", "Market orders are not allowed for algo trading");
        }
        if (body.path("quantity").asLong() <= 0 || body.path("symboltoken").asString("").isEmpty()) {
            throw new Refusal("AB1009", "Symbol not found or invalid quantity");
        }
        Order order = new Order(Long.toString(ids.incrementAndGet()), body);
        String rejection = rejectNext;
        rejectNext = null;
        if (rejection != null) {
            order.status = "rejected";
            order.text = rejection;
        } else if (body.path("variety").asString("").equals("STOPLOSS")) {
            order.status = "trigger pending";
        }
        order.listed = listed;
        orders.put(order.orderId, order);
        placedInOrder.add(order);
        if (listed) {
            pushPlaced(order);
        }
        ObjectNode data = JSON.createObjectNode().put("script", body.path("tradingsymbol").asString())
                .put("orderid", order.orderId).put("uniqueorderid", order.uniqueOrderId);
        return data;
    }

    /** The books catch up with an order placed unlisted: it shows, and its update is pushed. */
    void list(Order order) {
        order.listed = true;
        pushPlaced(order);
    }

    private void pushPlaced(Order order) {
        push(order, order.status.equals("rejected") ? "AB03" : order.status.equals("open") ? "AB01" : "AB10");
    }

    /** What the books show: every order but those the books have not caught up with yet. */
    private List<Order> listed() {
        return placedInOrder.stream().filter(order -> order.listed).toList();
    }

    JsonNode modify(JsonNode body) {
        Order order = require(body.path("orderid").asString());
        synchronized (order) {
            terminalRefusal(order);
            order.quantity = body.path("quantity").asLong(order.quantity);
            order.price = new BigDecimal(body.path("price").asString(order.price.toPlainString()));
        }
        push(order, "AB04");
        return JSON.createObjectNode().put("orderid", order.orderId).put("uniqueorderid", order.uniqueOrderId);
    }

    JsonNode cancel(JsonNode body) {
        Order order = require(body.path("orderid").asString());
        synchronized (order) {
            terminalRefusal(order);
            order.status = "cancelled";
        }
        push(order, "AB02");
        return JSON.createObjectNode().put("orderid", order.orderId).put("uniqueorderid", order.uniqueOrderId);
    }

    /** Angel One answers an empty book with {@code data: null}. */
    JsonNode orderBook() {
        if (listed().isEmpty()) {
            return null;
        }
        ArrayNode rows = JSON.createArrayNode();
        listed().forEach(order -> rows.add(row(order)));
        return rows;
    }

    /** The trade book lists a fill only {@code lag} after it happened (the order book and the socket at once). */
    public void lagTradeBook(java.time.Duration lag) {
        tradeBookLag = lag;
    }

    JsonNode tradeBook() {
        ArrayNode rows = JSON.createArrayNode();
        java.time.Instant shown = clock.instant().minus(tradeBookLag);
        for (Order order : listed()) {
            synchronized (order) {
                for (Fill fill : order.fills) {
                    if (fill.time().isAfter(shown)) {
                        continue;
                    }
                    rows.add(JSON.createObjectNode().put("exchange", order.placed.path("exchange").asString())
                            .put("producttype", order.placed.path("producttype").asString())
                            .put("tradingsymbol", order.placed.path("tradingsymbol").asString())
                            .put("transactiontype", order.placed.path("transactiontype").asString())
                            .put("fillprice", fill.price()).put("fillsize", Long.toString(fill.quantity()))
                            .put("orderid", order.orderId).put("fillid", fill.fillId())
                            .put("filltime", FILL_TIME.format(fill.time())));
                }
            }
        }
        return rows.isEmpty() ? null : rows;
    }

    JsonNode details(String uniqueOrderId) {
        return listed().stream().filter(order -> order.uniqueOrderId.equals(uniqueOrderId)).findFirst()
                .map(this::row).orElseThrow(() -> new Refusal("AB1013", "Order not found"));
    }

    /** Net positions from the fills, per symbol and product. */
    JsonNode positions() {
        Map<String, long[]> net = new java.util.LinkedHashMap<>();
        Map<String, JsonNode> first = new java.util.LinkedHashMap<>();
        for (Order order : listed()) {
            String key = order.placed.path("exchange").asString() + "|" + order.placed.path("tradingsymbol").asString()
                    + "|" + order.placed.path("producttype").asString();
            long sign = order.placed.path("transactiontype").asString().equals("BUY") ? 1 : -1;
            first.putIfAbsent(key, order.placed);
            net.computeIfAbsent(key, k -> new long[1])[0] += sign * order.filled();
        }
        if (net.isEmpty()) {
            return null;
        }
        ArrayNode rows = JSON.createArrayNode();
        net.forEach((key, quantity) -> rows.add(JSON.createObjectNode()
                .put("exchange", first.get(key).path("exchange").asString())
                .put("symboltoken", first.get(key).path("symboltoken").asString())
                .put("tradingsymbol", first.get(key).path("tradingsymbol").asString())
                .put("producttype", first.get(key).path("producttype").asString())
                .put("netqty", Long.toString(quantity[0]))));
        return rows;
    }

    JsonNode funds() {
        return JSON.createObjectNode().put("net", "250000.00").put("availablecash", "250000.00")
                .put("utiliseddebits", "0.00").put("availablelimitmargin", "0");
    }

    private ObjectNode row(Order order) {
        synchronized (order) {
            long filled = order.filled();
            ObjectNode row = JSON.createObjectNode();
            for (String field : List.of("variety", "ordertype", "producttype", "duration", "tradingsymbol",
                    "transactiontype", "exchange", "symboltoken", "ordertag")) {
                row.put(field, order.placed.path(field).asString(""));
            }
            row.put("price", order.price).put("triggerprice", new BigDecimal(order.placed.path("triggerprice")
                            .asString("0"))).put("quantity", Long.toString(order.quantity))
                    .put("filledshares", Long.toString(filled)).put("unfilledshares", Long.toString(order.quantity
                            - filled)).put("averageprice", average(order)).put("orderid", order.orderId)
                    .put("uniqueorderid", order.uniqueOrderId).put("status", order.status)
                    .put("orderstatus", order.status).put("text", order.text)
                    .put("updatetime", BROKER_TIME.format(clock.instant()));
            return row;
        }
    }

    private static BigDecimal average(Order order) {
        long filled = order.filled();
        if (filled == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = order.fills.stream().map(fill -> fill.price().multiply(BigDecimal.valueOf(fill.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return value.divide(BigDecimal.valueOf(filled), 2, RoundingMode.HALF_UP);
    }

    private void push(Order order, String orderStatus) {
        ObjectNode message = JSON.createObjectNode().put("user-id", clientCode).put("status-code", "200")
                .put("order-status", orderStatus).put("error-message", "");
        message.set("orderData", row(order));
        push.accept(JSON.writeValueAsString(message));
    }

    private Order require(String orderId) {
        Order order = orders.get(orderId);
        if (order == null) {
            throw new Refusal("AB1013", "Order not found");
        }
        return order;
    }

    private static void terminalRefusal(Order order) {
        if (List.of("complete", "cancelled", "rejected").contains(order.status)) {
            throw new Refusal("AB2000", "Order is already " + order.status);
        }
    }

    /** A refusal in the broker's envelope. */
    static final class Refusal extends RuntimeException {
        final String code;

        Refusal(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
