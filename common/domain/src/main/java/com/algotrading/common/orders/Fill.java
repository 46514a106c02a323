package com.algotrading.common.orders;

import com.algotrading.common.charges.Charges;

import java.time.Instant;

/** An executed order: price in paise, with the charges it incurred. */
public record Fill(Instant time, Side side, long quantity, long price, ExitReason reason, Charges charges) {

    public Fill {
        if (time == null || side == null || reason == null || charges == null) {
            throw new IllegalArgumentException("a fill needs a time, side, reason and charges");
        }
        if (quantity <= 0 || price <= 0) {
            throw new IllegalArgumentException("fill quantity and price must be positive, got " + quantity + " @ " + price);
        }
    }

    /** Cash moved by the trade itself, before charges: negative for a buy. */
    public long cashFlow() {
        return -side.sign() * quantity * price;
    }
}
