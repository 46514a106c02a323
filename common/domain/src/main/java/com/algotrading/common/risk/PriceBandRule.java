package com.algotrading.common.risk;

import java.util.Optional;

import static com.algotrading.common.market.Rupees.format;

/**
 * A price the trader wrote must lie within a band around the last traded price (the exchange's own bands are 2–20 %
 * per stock; an order outside ours is almost always a typo).
 */
final class PriceBandRule implements RiskRule {

    private static final long MILLION = 1_000_000;

    private final long bandPpm;

    PriceBandRule(long bandPpm) {
        this.bandPpm = bandPpm;
    }

    @Override
    public String name() {
        return "price-band";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        long last = order.lastPrice();
        if (order.limitPrice().isEmpty() || last == 0) {
            return Optional.empty();
        }
        long price = order.limitPrice().get();
        long band = Math.multiplyExact(last, bandPpm) / MILLION;
        if (Math.abs(price - last) <= band) {
            return Optional.empty();
        }
        return Optional.of("price " + format(price) + " is more than " + bandPpm / 10_000.0 + " % from the last price "
                + format(last));
    }
}
