package com.algotrading.common.strategies;

/** How many units an entry buys: always a whole number of lots, rounded down; 0 means the entry is skipped. */
public sealed interface Sizing {

    /**
     * @param price  the expected fill price in paise
     * @param equity the account's equity in paise before the entry
     */
    long quantity(long price, long equity, int lotSize);

    /** A fixed number of units, rounded down to whole lots. */
    record FixedQuantity(long units) implements Sizing {
        public FixedQuantity {
            if (units <= 0) {
                throw new IllegalArgumentException("quantity must be positive, got " + units);
            }
        }

        @Override
        public long quantity(long price, long equity, int lotSize) {
            return units / lotSize * lotSize;
        }
    }

    /** As many whole lots as a fixed amount (paise) buys. */
    record FixedCapital(long paise) implements Sizing {
        public FixedCapital {
            if (paise <= 0) {
                throw new IllegalArgumentException("capital per trade must be positive, got " + paise);
            }
        }

        @Override
        public long quantity(long price, long equity, int lotSize) {
            return paise / Math.multiplyExact(price, lotSize) * lotSize;
        }
    }

    /** As many whole lots as a share of current equity buys; {@code partsPerMillion} 250_000 = 25%. */
    record PercentOfEquity(long partsPerMillion) implements Sizing {
        public PercentOfEquity {
            if (partsPerMillion <= 0 || partsPerMillion > 1_000_000) {
                throw new IllegalArgumentException("percent of equity must lie in (0, 100]");
            }
        }

        @Override
        public long quantity(long price, long equity, int lotSize) {
            long positive = Math.max(0, equity);
            long budget = positive / 1_000_000 * partsPerMillion + positive % 1_000_000 * partsPerMillion / 1_000_000;
            return budget / Math.multiplyExact(price, lotSize) * lotSize;
        }
    }
}
