package com.algotrading.common.risk;

import java.util.Optional;

/**
 * Whether orders may go to the market now: {@code closed} says why not (holiday, weekend, outside 09:15–15:30 IST);
 * {@code entriesClosed} says why no new intraday position may be opened (after the cut-off), while exits still pass.
 */
public record MarketHours(Optional<String> closed, Optional<String> entriesClosed) {

    public static final MarketHours OPEN = new MarketHours(Optional.empty(), Optional.empty());
}
