package com.algotrading.common.settings;

import com.algotrading.common.risk.RiskLimits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.function.UnaryOperator;

/**
 * The trading-service's own variables, validated before it starts like the platform's: the default risk limits (an
 * admin may change them at run time), the intraday times, and the paper account. Money in paise.
 *
 * @param squareOff        when intraday positions are closed (IST)
 * @param noNewEntries     from when no new intraday position is opened (IST)
 * @param priceBandPpm     how far a written price may lie from the last price, parts per million
 * @param paperSlippageBps how far a paper market fill lies from the tick's price, against the trader
 * @param marketAlwaysOpen the simulated market's {@code SIMULATOR_ALWAYS_OPEN}: paper orders outside market hours
 * @param staleFeedAfter   how long a deployment's instrument may go without a bar, market open, before it halts
 * @param webhookDuplicateWindow how long after an alert to a webhook deployment the same alert is a duplicate (no
 *                               order); zero turns the guard off
 * @param live             how live trading through Angel One runs ({@code PAPER_TRADING=false})
 */
public record TradingSettings(RiskLimits limits, LocalTime squareOff, LocalTime noNewEntries, long priceBandPpm,
                              long paperCapital, int paperSlippageBps, int paperIntradayMarginPercent,
                              Duration reconcileInterval, boolean marketAlwaysOpen, Duration staleFeedAfter,
                              Duration webhookDuplicateWindow, LiveTradingSettings live) {

    /** Reads every variable and reports all bad ones at once (an {@link InvalidSettingException} listing them). */
    public static TradingSettings from(UnaryOperator<String> variables, PlatformSettings platform) {
        SettingsReader reader = new SettingsReader(variables);
        RiskLimits limits = new RiskLimits(platform.maxDailyTrades(),
                reader.rupees("MAX_DAILY_LOSS", 5_000_000, 100),
                reader.rupees("MAX_POSITION_VALUE", 50_000_000, 100),
                reader.wholeNumber("MAX_OPEN_POSITIONS", 10, 0, 10_000),
                reader.rupees("MAX_ORDER_VALUE", 20_000_000, 100),
                reader.wholeNumber("MAX_ORDERS_PER_SECOND", 9, 1, 100_000));
        LocalTime squareOff = reader.timeOfDay("SQUARE_OFF_TIME", LocalTime.of(15, 15));
        LocalTime noNewEntries = reader.timeOfDay("NO_NEW_ENTRIES_TIME", LocalTime.of(15, 0));
        if (noNewEntries.isAfter(squareOff)) {
            reader.problem("NO_NEW_ENTRIES_TIME must not be after SQUARE_OFF_TIME (" + squareOff + "), got \""
                    + noNewEntries + "\"");
        }
        TradingSettings settings = new TradingSettings(limits, squareOff, noNewEntries,
                reader.wholeNumber("PRICE_BAND_PERCENT", 20, 1, 100) * 10_000L,
                reader.rupees("PAPER_CAPITAL", 100_000_000, 100),
                reader.wholeNumber("PAPER_SLIPPAGE_BPS", 0, 0, 1_000),
                reader.wholeNumber("PAPER_INTRADAY_MARGIN_PERCENT", 20, 1, 100),
                Duration.ofSeconds(reader.wholeNumber("RECONCILE_INTERVAL_SECONDS", 30, 1, 3_600)),
                reader.flag("SIMULATOR_ALWAYS_OPEN", false),
                Duration.ofSeconds(reader.wholeNumber("STALE_FEED_SECONDS", 180, 1, 86_400)),
                Duration.ofSeconds(reader.wholeNumber("WEBHOOK_DUPLICATE_SECONDS", 30, 0, 3_600)),
                LiveTradingSettings.read(reader, platform));
        reader.throwIfInvalid();
        return settings;
    }
}
