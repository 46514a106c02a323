package com.algotrading.common.settings;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveTradingSettingsTest {

    private static final Map<String, String> LIVE_IN_PROD = Map.of(
            "ENVIRONMENT", "prod", "PAPER_TRADING", "false", "SERVICE_TOKEN", "x".repeat(40),
            "ANGEL_ONE_API_KEY", "key-123", "ANGEL_ONE_CLIENT_ID", "A123456", "ANGEL_ONE_PASSWORD", "9876",
            "ANGEL_ONE_TOTP_SECRET", "JBSWY3DPEHPK3PXP");

    private static TradingSettings read(Map<String, String> env) {
        return TradingSettings.from(env::get, PlatformSettings.from(env::get, true));
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> env = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaultsToAngelOnesHostsAHalfPercentBandAndTenSecondTimeouts() {
        LiveTradingSettings live = read(LIVE_IN_PROD).live();

        assertThat(live.apiUrl()).hasToString("https://apiconnect.angelone.in");
        assertThat(live.orderUpdatesUrl()).hasToString("wss://tns.angelone.in/smart-order-update");
        assertThat(live.protectionBandBps()).isEqualTo(50);
        assertThat(live.callTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theProtectionBandMovesALimitAgainstTheTrader() {
        LiveTradingSettings live = read(LIVE_IN_PROD).live();

        assertThat(live.protectedLimit(80_000, true)).isEqualTo(80_400);
        assertThat(live.protectedLimit(80_000, false)).isEqualTo(79_600);
        assertThat(live.stopLimit(10_001, false)).as("the move rounds up: never less protection").isEqualTo(9_950);
    }

    @Test
    void refusesEveryThingThatCouldTradeRealMoneyWronglyAllAtOnce() {
        Map<String, String> env = with(LIVE_IN_PROD, "ANGEL_ONE_PASSWORD", "secret", "ANGEL_ONE_CLIENT_ID", "A-12",
                "ANGEL_ONE_API_URL", "http://apiconnect.angelone.in", "LIVE_PROTECTION_BAND_BPS", "0");

        assertThatThrownBy(() -> read(env)).isInstanceOfSatisfying(InvalidSettingException.class, e ->
                assertThat(e.problems()).containsExactly(
                        "LIVE_PROTECTION_BAND_BPS must be a whole number from 1 to 1000, got \"0\"",
                        "ANGEL_ONE_API_URL and ANGEL_ONE_ORDER_UPDATES_URL must be https:// and wss:// outside"
                                + " ENVIRONMENT=local (live orders and credentials never go in plain text)",
                        "ANGEL_ONE_CLIENT_ID must be the Angel One client code (letters and digits), got \"A-12\"",
                        "ANGEL_ONE_PASSWORD must be the 4-digit MPIN"))
                .message().doesNotContain("secret");
    }

    @Test
    void liveOnALaptopNeedsTheExplicitOverride() {
        Map<String, String> local = with(LIVE_IN_PROD, "ENVIRONMENT", "local");

        assertThatThrownBy(() -> read(local)).isInstanceOfSatisfying(InvalidSettingException.class, e ->
                assertThat(e.problems()).containsExactly("PAPER_TRADING=false with ENVIRONMENT=local trades real money"
                        + " from this machine: set LIVE_TRADING_ON_LOCAL=true to mean it, or PAPER_TRADING=true"));
        assertThat(read(with(local, "LIVE_TRADING_ON_LOCAL", "true", "ANGEL_ONE_API_URL", "http://127.0.0.1:9999"))
                .live().apiUrl()).hasToString("http://127.0.0.1:9999");
    }

    @Test
    void paperModeChecksNoneOfIt() {
        Map<String, String> paper = with(LIVE_IN_PROD, "PAPER_TRADING", "true", "ANGEL_ONE_PASSWORD", "secret",
                "ANGEL_ONE_API_URL", "http://127.0.0.1:9999");

        assertThat(read(paper).live().apiUrl()).hasToString("http://127.0.0.1:9999");
    }
}
