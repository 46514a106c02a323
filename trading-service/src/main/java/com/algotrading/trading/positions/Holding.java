package com.algotrading.trading.positions;

import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;

import java.time.LocalDate;

/**
 * A position as the account holds it: the average-price {@link Position} since it was first opened, plus what the IST
 * trading day {@code day} realised and paid in charges on it (a new day starts both at zero).
 */
public record Holding(PositionKey key, Position position, LocalDate day, long dayRealised, long dayCharges) {

    public static Holding flat(PositionKey key, LocalDate day) {
        return new Holding(key, Position.FLAT, day, 0, 0);
    }

    /** The holding after a fill on {@code tradingDay}. */
    public Holding fill(Side side, long quantity, long price, long charges, LocalDate tradingDay) {
        Holding current = tradingDay.equals(day) ? this : new Holding(key, position, tradingDay, 0, 0);
        Position after = current.position.apply(side, quantity, price);
        return new Holding(key, after, tradingDay, current.dayRealised + after.realised() - position.realised(),
                current.dayCharges + charges);
    }

    /** Today's figures: zero when the holding last changed on an earlier day. */
    public long realisedOn(LocalDate today) {
        return today.equals(day) ? dayRealised : 0;
    }

    public long chargesOn(LocalDate today) {
        return today.equals(day) ? dayCharges : 0;
    }

    /** Open now, or traded today: what {@code GET /positions} lists. */
    public boolean showsOn(LocalDate today) {
        return !position.isFlat() || today.equals(day);
    }
}
