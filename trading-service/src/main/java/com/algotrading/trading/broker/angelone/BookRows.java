package com.algotrading.trading.broker.angelone;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import com.algotrading.trading.broker.BrokerPosition;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Angel One's rows (reference §3) read leniently — numbers as strings or numbers, {@code null} for an empty book —
 * into the port's values. An order's fills are the trade book's rows of its {@code orderid}, each under its
 * {@code fillid}, so an update seen twice carries the same fills and is applied once.
 */
final class BookRows {

    private static final DateTimeFormatter BROKER_TIME =
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("dd-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH);

    private BookRows() {
    }

    /** The rows of an answer: an array, or nothing for {@code null}. */
    static List<JsonNode> rows(JsonNode data) {
        List<JsonNode> rows = new ArrayList<>();
        if (data != null && data.isArray()) {
            data.forEach(rows::add);
        }
        return rows;
    }

    /** One order-book row (also the order-update socket's {@code orderData}) with its fills. */
    static BrokerOrderState order(JsonNode row, List<BrokerFill> fills, Instant now) {
        String text = row.path("text").asString("").strip();
        return new BrokerOrderState(clientOrderId(row.path("ordertag").asString("")), row.path("orderid").asString(),
                status(row.path("orderstatus").asString(row.path("status").asString(""))), fills,
                text.isEmpty() ? Optional.empty() : Optional.of(text), time(row.path("updatetime").asString(""), now),
                terms(row));
    }

    /**
     * What the row says was asked, as an order placed outside the platform is shown; empty for what the platform does
     * not trade (another product, an exchange it does not know) or a row it cannot read.
     */
    static Optional<OrderRequest> terms(JsonNode row) {
        Optional<Product> product = product(row.path("producttype").asString(""));
        Optional<OrderType> type = switch (row.path("ordertype").asString("")) {
            case "MARKET" -> Optional.of(OrderType.MARKET);
            case "LIMIT" -> Optional.of(OrderType.LIMIT);
            case "STOPLOSS_LIMIT" -> Optional.of(OrderType.SL);
            case "STOPLOSS_MARKET" -> Optional.of(OrderType.SL_M);
            default -> Optional.empty();
        };
        if (product.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        try {
            Symbol symbol = new Symbol(Exchange.valueOf(row.path("exchange").asString("")),
                    row.path("tradingsymbol").asString());
            Side side = Side.valueOf(row.path("transactiontype").asString(""));
            Optional<Long> price = type.get().needsPrice() ? Optional.of(paise(row.path("price"))) : Optional.empty();
            Optional<Long> trigger = type.get().needsTrigger() ? Optional.of(paise(row.path("triggerprice")))
                    : Optional.empty();
            return Optional.of(new OrderRequest(symbol, side, quantity(row.path("quantity")), type.get(), price, trigger,
                    product.get(), Optional.empty(), OrderOrigin.EXTERNAL));
        } catch (IllegalArgumentException | ArithmeticException unreadable) {
            return Optional.empty();
        }
    }

    /** Trade-book rows by orderid; a fill's time is today's (IST) at its {@code filltime}. */
    static Map<String, List<BrokerFill>> fillsByOrder(JsonNode tradeBook, Instant now) {
        Map<String, List<BrokerFill>> fills = new java.util.HashMap<>();
        for (JsonNode row : rows(tradeBook)) {
            Instant time = fillTime(row.path("filltime").asString(""), now);
            fills.computeIfAbsent(row.path("orderid").asString(), id -> new ArrayList<>()).add(new BrokerFill(
                    row.path("fillid").asString(), quantity(row.path("fillsize")), paise(row.path("fillprice")), time));
        }
        return fills;
    }

    /** A position row; empty for a product the platform does not trade (CARRYFORWARD, MARGIN, BO). */
    static Optional<BrokerPosition> position(JsonNode row) {
        Optional<Product> product = product(row.path("producttype").asString(""));
        Exchange exchange;
        try {
            exchange = Exchange.valueOf(row.path("exchange").asString(""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return product.map(held -> new BrokerPosition(new Symbol(exchange, row.path("tradingsymbol").asString()), held,
                quantity(row.path("netqty"))));
    }

    /** The products the platform trades; CARRYFORWARD, MARGIN, BO are someone else's. */
    private static Optional<Product> product(String producttype) {
        return switch (producttype) {
            case "INTRADAY" -> Optional.of(Product.INTRADAY);
            case "DELIVERY" -> Optional.of(Product.DELIVERY);
            default -> Optional.empty();
        };
    }

    /** Documented statuses; anything else (the broker adds some) is a working order, never a terminal one. */
    static BrokerOrderStatus status(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "complete" -> BrokerOrderStatus.FILLED;
            case "cancelled", "cancelled after market order" -> BrokerOrderStatus.CANCELLED;
            case "rejected" -> BrokerOrderStatus.REJECTED;
            case "open", "trigger pending", "modified", "modify pending" -> BrokerOrderStatus.OPEN;
            default -> BrokerOrderStatus.PENDING;
        };
    }

    /** Only a tag of ours is an order of ours; anything else was placed outside the platform. */
    private static Optional<ClientOrderId> clientOrderId(String ordertag) {
        try {
            return Optional.of(new ClientOrderId(ordertag));
        } catch (IllegalArgumentException external) {
            return Optional.empty();
        }
    }

    static long paise(JsonNode rupees) {
        String text = rupees.asString("0").strip();
        return new BigDecimal(text.isEmpty() ? "0" : text).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static long quantity(JsonNode value) {
        String text = value.asString("0").strip();
        return text.isEmpty() ? 0 : new BigDecimal(text).longValueExact();
    }

    private static Instant time(String text, Instant fallback) {
        try {
            return LocalDateTime.parse(text.strip(), BROKER_TIME).atZone(IstTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static Instant fillTime(String text, Instant now) {
        try {
            return IstTime.date(now).atTime(LocalTime.parse(text.strip())).atZone(IstTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
