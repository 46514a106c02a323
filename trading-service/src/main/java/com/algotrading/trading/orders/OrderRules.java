package com.algotrading.trading.orders;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.OrderRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** What the exchange would refuse outright, checked before risk: prices on the tick, whole lots. */
final class OrderRules {

    private OrderRules() {
    }

    static void check(OrderRequest request, Instrument instrument) {
        TickSize tick = instrument.tick();
        onTick("price", request.price(), tick);
        onTick("triggerPrice", request.triggerPrice(), tick);
        if (request.quantity() % instrument.lotSize() != 0) {
            throw new InvalidOrderException("quantity " + request.quantity() + " is not a whole number of lots of "
                    + instrument.lotSize() + " for " + request.symbol());
        }
    }

    /** The request's identity for an idempotency key: the same key must come back with the same order. */
    static String fingerprint(OrderRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void onTick(String field, Optional<Long> price, TickSize tick) {
        if (price.isPresent() && !tick.contains(price.get())) {
            throw new InvalidOrderException(field + " " + Prices.toRupees(price.get()).toPlainString()
                    + " is not on the instrument's tick of " + Prices.toRupees(tick.paise()).toPlainString());
        }
    }
}
