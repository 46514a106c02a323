package com.algotrading.common.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A net position under average-price accounting. {@code quantity} is signed (short below zero); {@code cost} is the
 * signed paise paid for the open quantity (negative for a short); {@code realised} is the gross P&L of the closed
 * part. Reducing a position releases cost pro rata, rounded half-up to the paisa.
 */
public record Position(long quantity, long cost, long realised) {

    public static final Position FLAT = new Position(0, 0, 0);

    public boolean isFlat() {
        return quantity == 0;
    }

    /** The position after this fill; a fill larger than the position reverses it. */
    public Position apply(Side side, long fillQuantity, long price) {
        long signed = side.sign() * fillQuantity;
        if (quantity == 0 || Long.signum(quantity) == Long.signum(signed)) {
            return new Position(quantity + signed, cost + signed * price, realised);
        }
        long closing = Math.min(Math.abs(signed), Math.abs(quantity));
        long released = releasedCost(closing);
        long pnl = Long.signum(quantity) * closing * price - released;
        Position reduced = new Position(quantity + Long.signum(signed) * closing, cost - released, realised + pnl);
        long reversing = Math.abs(signed) - closing;
        return reversing == 0 ? reduced : reduced.apply(side, reversing, price);
    }

    /** Gross P&L of the open quantity at this mark price. */
    public long unrealised(long markPrice) {
        return quantity * markPrice - cost;
    }

    private long releasedCost(long closing) {
        if (closing == Math.abs(quantity)) {
            return cost;
        }
        return BigDecimal.valueOf(cost).multiply(BigDecimal.valueOf(closing))
                .divide(BigDecimal.valueOf(Math.abs(quantity)), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
