package com.algotrading.trading.broker.angelone;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Side;
import com.algotrading.common.smartapi.NoSessionException;
import com.algotrading.common.smartapi.SmartApiException;
import com.algotrading.trading.broker.BrokerOrder;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * A MARKET intent goes to Angel One as a marketable limit ({@link OrderBodies}); when the market runs past that limit
 * the order rests unfilled — and a square-off or the kill switch's close left resting leaves the trader exposed. So
 * each one still working after {@code LIVE_REPRICE_SECONDS} is moved (modifyOrder) to the marketable limit at the
 * current last price, at most {@code LIVE_MAX_REPRICES} times, and only ever towards the market. It stays the one
 * order it was: a modify can neither place a second nor be doubled by a retry (it sets a price).
 */
final class MarketableLimits {

    private static final Logger log = LoggerFactory.getLogger(MarketableLimits.class);

    /** Sends modifyOrder's body. */
    interface Modify {
        void send(Map<String, String> body);
    }

    /** One resting marketable limit: its limit now, how often it was moved, since when it rests at that limit. */
    private record Working(BrokerOrder order, String brokerOrderId, long limit, int moved, Instant since) {
    }

    private final OrderBodies bodies;
    private final ToLongFunction<Symbol> lastPrice;
    private final Modify modify;
    private final Duration after;
    private final int maxMoves;
    private final Clock clock;
    private final Map<String, Working> working = new ConcurrentHashMap<>();

    MarketableLimits(OrderBodies bodies, ToLongFunction<Symbol> lastPrice, Modify modify, Duration after, int maxMoves,
                     Clock clock) {
        this.bodies = bodies;
        this.lastPrice = lastPrice;
        this.modify = modify;
        this.after = after;
        this.maxMoves = maxMoves;
        this.clock = clock;
    }

    boolean enabled() {
        return !after.isZero() && maxMoves > 0;
    }

    /** A MARKET intent placed as a limit at {@code limit}. */
    void placed(BrokerOrder order, String brokerOrderId, long limit) {
        if (enabled()) {
            working.put(brokerOrderId, new Working(order, brokerOrderId, limit, 0, clock.instant()));
        }
    }

    /** An update from the broker: an order no longer working is no longer watched. */
    void updated(BrokerOrderState state) {
        if (state.status() != BrokerOrderStatus.OPEN && state.status() != BrokerOrderStatus.PENDING) {
            working.remove(state.brokerOrderId());
        }
    }

    /** Moves every marketable limit that rested too long and that the market has left behind; called every second. */
    void reprice() {
        Instant now = clock.instant();
        for (Working resting : working.values()) {
            if (resting.since().plus(after).isAfter(now)) {
                continue;
            }
            long price = lastPrice.applyAsLong(resting.order().request().symbol());
            if (price <= 0) {
                continue;
            }
            long limit = bodies.marketableLimit(resting.order(), price);
            boolean buy = resting.order().request().side() == Side.BUY;
            if (buy ? limit <= resting.limit() : limit >= resting.limit()) {
                // the market is still within reach of the limit: it is waiting for a counterparty, not left behind
                working.put(resting.brokerOrderId(), new Working(resting.order(), resting.brokerOrderId(), resting.limit(),
                        resting.moved(), now));
                continue;
            }
            move(resting, limit, now);
        }
    }

    private void move(Working resting, long limit, Instant now) {
        int moved = resting.moved() + 1;
        try {
            modify.send(bodies.reprice(resting.order(), resting.brokerOrderId(), limit));
            log.info("Order {} ({}) rested at {} while the market moved on: its limit is now {} ({} of {})",
                    resting.order().clientOrderId(), resting.brokerOrderId(), OrderBodies.rupees(resting.limit()),
                    OrderBodies.rupees(limit), moved, maxMoves);
        } catch (SmartApiException | NoSessionException | UncheckedIOException | CallNotPermittedException e) {
            // refused (filled or cancelled meanwhile: its update follows) or unanswered (a modify sets a price, so the
            // next round may send it again safely); either way it counts, so a broker that keeps refusing is not pressed
            log.warn("Order {} could not be moved to {}: {}", resting.brokerOrderId(), OrderBodies.rupees(limit),
                    e.getMessage());
        }
        if (moved >= maxMoves) {
            working.remove(resting.brokerOrderId());
            log.warn("Order {} ({}) was moved {} times and rests at {}: it is left to the trader", resting.order()
                    .clientOrderId(), resting.brokerOrderId(), moved, OrderBodies.rupees(limit));
        } else {
            working.put(resting.brokerOrderId(), new Working(resting.order(), resting.brokerOrderId(), limit, moved, now));
        }
    }
}
