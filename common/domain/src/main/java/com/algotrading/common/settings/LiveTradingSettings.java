package com.algotrading.common.settings;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the trading-service trades through Angel One ({@code PAPER_TRADING=false}). Read in paper mode too (defaults,
 * so the values are typed), but only checked for live use when live: then anything that could trade real money wrongly
 * stops start-up — credentials of the wrong shape, a plain-text broker URL outside {@code ENVIRONMENT=local}, or live
 * mode on a laptop without the explicit {@code LIVE_TRADING_ON_LOCAL=true}.
 *
 * @param apiUrl             SmartAPI REST root ({@code ANGEL_ONE_API_URL}); a fake stands in on loopback
 * @param orderUpdatesUrl    the order-update WebSocket ({@code ANGEL_ONE_ORDER_UPDATES_URL})
 * @param protectionBandBps  how far past the last price a MARKET intent's limit lies, in basis points
 *                           ({@code LIVE_PROTECTION_BAND_BPS}, default 50 = 0.5 %)
 * @param stopLimitOffsetBps how far past the trigger the limit of an SL-M turned SL lies ({@code LIVE_STOP_LIMIT_OFFSET_BPS})
 * @param callTimeout        the longest any broker call may take ({@code ANGEL_ONE_TIMEOUT_MS})
 * @param circuitOpenFor     how long the broker's circuit stays open before read calls probe it
 *                           ({@code BROKER_CIRCUIT_OPEN_SECONDS})
 * @param pingInterval       how often the order-update socket sends {@code ping} ({@code ANGEL_ONE_PING_SECONDS})
 * @param readinessInterval  how often the pre-trade checks run again ({@code READINESS_INTERVAL_SECONDS})
 * @param repriceAfter       how long a MARKET intent's limit may rest unfilled before it is moved to the market again
 *                           ({@code LIVE_REPRICE_SECONDS}, default 5; 0: never)
 * @param maxReprices        how often one order is moved at most ({@code LIVE_MAX_REPRICES}, default 3)
 */
public record LiveTradingSettings(URI apiUrl, URI orderUpdatesUrl, int protectionBandBps, int stopLimitOffsetBps,
                                  Duration callTimeout, Duration circuitOpenFor, Duration pingInterval,
                                  Duration readinessInterval, Duration repriceAfter, int maxReprices) {

    public static final String DEFAULT_API_URL = "https://apiconnect.angelone.in";
    public static final String DEFAULT_ORDER_UPDATES_URL = "wss://tns.angelone.in/smart-order-update";
    private static final Pattern CLIENT_CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern MPIN = Pattern.compile("[0-9]{4}");
    private static final Pattern API_KEY = Pattern.compile("\\S+");

    static LiveTradingSettings read(SettingsReader reader, PlatformSettings platform) {
        LiveTradingSettings live = new LiveTradingSettings(
                reader.url("ANGEL_ONE_API_URL", DEFAULT_API_URL, Set.of("http", "https")),
                reader.url("ANGEL_ONE_ORDER_UPDATES_URL", DEFAULT_ORDER_UPDATES_URL, Set.of("ws", "wss")),
                reader.wholeNumber("LIVE_PROTECTION_BAND_BPS", 50, 1, 1_000),
                reader.wholeNumber("LIVE_STOP_LIMIT_OFFSET_BPS", 50, 1, 1_000),
                Duration.ofMillis(reader.wholeNumber("ANGEL_ONE_TIMEOUT_MS", 10_000, 100, 60_000)),
                Duration.ofSeconds(reader.wholeNumber("BROKER_CIRCUIT_OPEN_SECONDS", 30, 1, 3_600)),
                Duration.ofSeconds(reader.wholeNumber("ANGEL_ONE_PING_SECONDS", 10, 1, 60)),
                Duration.ofSeconds(reader.wholeNumber("READINESS_INTERVAL_SECONDS", 30, 1, 3_600)),
                Duration.ofSeconds(reader.wholeNumber("LIVE_REPRICE_SECONDS", 5, 0, 300)),
                reader.wholeNumber("LIVE_MAX_REPRICES", 3, 0, 20));
        boolean onLocal = reader.flag("LIVE_TRADING_ON_LOCAL", false);
        if (!platform.paperTrading()) {
            live.checkForRealMoney(reader, platform, onLocal);
        }
        return live;
    }

    private void checkForRealMoney(SettingsReader reader, PlatformSettings platform, boolean onLocal) {
        if (platform.environment().isLocal() && !onLocal) {
            reader.problem("PAPER_TRADING=false with ENVIRONMENT=local trades real money from this machine: set"
                    + " LIVE_TRADING_ON_LOCAL=true to mean it, or PAPER_TRADING=true");
        }
        if (!platform.environment().isLocal() && (!"https".equals(apiUrl.getScheme())
                || !"wss".equals(orderUpdatesUrl.getScheme()))) {
            reader.problem("ANGEL_ONE_API_URL and ANGEL_ONE_ORDER_UPDATES_URL must be https:// and wss:// outside"
                    + " ENVIRONMENT=local (live orders and credentials never go in plain text)");
        }
        platform.angelOne().ifPresent(credentials -> {
            if (!API_KEY.matcher(credentials.apiKey().value()).matches()) {
                reader.problem("ANGEL_ONE_API_KEY must be the SmartAPI key, without spaces");
            }
            if (!CLIENT_CODE.matcher(credentials.clientId()).matches()) {
                reader.problem("ANGEL_ONE_CLIENT_ID must be the Angel One client code (letters and digits), got \""
                        + credentials.clientId() + "\"");
            }
            if (!MPIN.matcher(credentials.password().value()).matches()) {
                reader.problem("ANGEL_ONE_PASSWORD must be the 4-digit MPIN");
            }
        });
    }

    /** A MARKET intent's marketable limit: the last price moved by the protection band against the trader. */
    public long protectedLimit(long lastPrice, boolean buy) {
        return offset(lastPrice, protectionBandBps, buy);
    }

    /** The limit of a stop-loss market order sent as SL: the trigger moved by the offset against the trader. */
    public long stopLimit(long trigger, boolean buy) {
        return offset(trigger, stopLimitOffsetBps, buy);
    }

    private static long offset(long price, int bps, boolean up) {
        long move = Math.ceilDiv(price * bps, 10_000L);
        return up ? price + move : Math.max(1, price - move);
    }
}
