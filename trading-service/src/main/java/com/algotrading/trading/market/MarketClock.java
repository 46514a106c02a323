package com.algotrading.trading.market;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.risk.MarketHours;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Whether orders may go to the market: the NSE session (09:15–15:30 IST on trading days) and the intraday entry
 * cut-off. A paper run on the simulated market with {@code SIMULATOR_ALWAYS_OPEN=true} (the local platform) is always
 * open, cut-off included, so the demo trades at any hour.
 */
@Component
public class MarketClock {

    private final NseCalendar calendar;
    private final LocalTime noNewEntries;
    private final boolean alwaysOpen;

    MarketClock(NseCalendar calendar, TradingSettings settings, PlatformSettings platform) {
        this.calendar = calendar;
        this.noNewEntries = settings.noNewEntries();
        this.alwaysOpen = settings.marketAlwaysOpen() && platform.paperTrading();
    }

    public MarketHours hours(Instant now) {
        if (alwaysOpen) {
            return MarketHours.OPEN;
        }
        ZonedDateTime time = now.atZone(IstTime.ZONE);
        LocalDate day = time.toLocalDate();
        if (!calendar.isTradingDay(day)) {
            String holiday = calendar.holidayName(day);
            return closed("the market is closed today (" + (holiday != null ? holiday : day.getDayOfWeek()) + ")");
        }
        if (!calendar.isOpen(now)) {
            return closed("the market is closed: NSE trades 09:15–15:30 IST");
        }
        if (!time.toLocalTime().isBefore(noNewEntries)) {
            return new MarketHours(Optional.empty(), Optional.of("no new intraday positions after " + noNewEntries + " IST"));
        }
        return MarketHours.OPEN;
    }

    /** Whether intraday square-off applies at all (never on the always-open simulated market). */
    public boolean isTradingDay(LocalDate day) {
        return alwaysOpen || calendar.isTradingDay(day);
    }

    private static MarketHours closed(String why) {
        return new MarketHours(Optional.of(why), Optional.empty());
    }
}
