package com.algotrading.trading.risk;

import com.algotrading.common.orders.Product;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerFunds;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The money the funds rule checks against: the broker's available funds (the paper account, or Angel One's RMS),
 * asked at most every half second so a burst of orders does not ask the broker once per order. The broker enforces its
 * own funds exactly when the order reaches it; this check turns a sure rejection into a clear denial first.
 */
@Component
public class Funds {

    private static final Duration FRESH_FOR = Duration.ofMillis(500);

    private final Broker broker;
    private final TradingSettings settings;
    private final Clock clock;
    private volatile BrokerFunds last;
    private volatile Instant askedAt = Instant.MIN;

    Funds(Broker broker, TradingSettings settings, Clock clock) {
        this.broker = broker;
        this.settings = settings;
        this.clock = clock;
    }

    public long available() {
        return current().available();
    }

    public BrokerFunds current() {
        Instant now = clock.instant();
        BrokerFunds cached = last;
        if (cached == null || askedAt.plus(FRESH_FOR).isBefore(now)) {
            cached = broker.funds();
            last = cached;
            askedAt = now;
        }
        return cached;
    }

    /** Asks the broker now: what {@code GET /funds} answers. */
    public BrokerFunds fresh() {
        BrokerFunds now = broker.funds();
        last = now;
        askedAt = clock.instant();
        return now;
    }

    /** Forget the cached figure, e.g. after a fill. */
    public void invalidate() {
        askedAt = Instant.MIN;
    }

    /** The margin an order of this value blocks, in paise. */
    public long margin(Product product, long value) {
        long percent = RiskGate.marginPercent(product, settings);
        return value > Long.MAX_VALUE / percent ? Long.MAX_VALUE : value * percent / 100;
    }
}
