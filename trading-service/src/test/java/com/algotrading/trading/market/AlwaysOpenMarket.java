package com.algotrading.trading.market;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.risk.MarketHours;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;

import java.time.Instant;

/** The market open at any hour, for a live-mode test (live mode ignores SIMULATOR_ALWAYS_OPEN, rightly). */
public final class AlwaysOpenMarket extends MarketClock {

    public AlwaysOpenMarket(NseCalendar calendar, TradingSettings settings, PlatformSettings platform) {
        super(calendar, settings, platform);
    }

    @Override
    public MarketHours hours(Instant now) {
        return MarketHours.OPEN;
    }
}
