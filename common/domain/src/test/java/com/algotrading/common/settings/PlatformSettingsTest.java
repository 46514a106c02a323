package com.algotrading.common.settings;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlatformSettingsTest {

    private static final Map<String, String> CREDENTIALS = Map.of(
            "ANGEL_ONE_API_KEY", "key-123",
            "ANGEL_ONE_CLIENT_ID", "A123456",
            "ANGEL_ONE_PASSWORD", "9876",
            "ANGEL_ONE_TOTP_SECRET", "JBSWY3DPEHPK3PXP");

    @Test
    void runsLocallyOnPaperWithNothingSet() {
        PlatformSettings settings = PlatformSettings.from(name -> null);

        assertThat(settings.environment()).isEqualTo(DeploymentEnvironment.LOCAL);
        assertThat(settings.paperTrading()).isTrue();
        assertThat(settings.logLevel()).isEqualTo(LogLevel.INFO);
        assertThat(settings.databaseUrl()).isEqualTo(PlatformSettings.DEFAULT_DATABASE_URL);
        assertThat(settings.tradingServiceUrl()).hasToString("http://localhost:8081");
        assertThat(settings.angelOne()).isEmpty();
    }

    @Test
    void readsEveryVariableOfTheDeploymentGuide() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.putAll(Map.of("ENVIRONMENT", "staging", "PAPER_TRADING", "false", "MAX_DAILY_TRADES", "25",
                "LOG_LEVEL", "debug", "SERVICE_TOKEN", "x".repeat(40), "DATA_SERVICE_URL", "http://data:8082"));

        PlatformSettings settings = PlatformSettings.from(env::get);

        assertThat(settings.environment()).isEqualTo(DeploymentEnvironment.STAGING);
        assertThat(settings.paperTrading()).isFalse();
        assertThat(settings.maxDailyTrades()).isEqualTo(25);
        assertThat(settings.logLevel()).isEqualTo(LogLevel.DEBUG);
        assertThat(settings.dataServiceUrl()).hasToString("http://data:8082");
        assertThat(settings.angelOne()).get().extracting(AngelOneCredentials::clientId).isEqualTo("A123456");
    }

    @Test
    void rejectsNonNumericMaxDailyTradesNamingTheVariable() {
        assertThatThrownBy(() -> PlatformSettings.from(Map.of("MAX_DAILY_TRADES", "abc")::get))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("MAX_DAILY_TRADES must be a whole number from 0 to 100000, got \"abc\"");
    }

    @Test
    void rejectsUnknownEnvironmentListingTheValidOnes() {
        assertThatThrownBy(() -> PlatformSettings.from(Map.of("ENVIRONMENT", "moon")::get))
                .hasMessage("ENVIRONMENT must be one of local, dev, staging, prod, got \"moon\"");
    }

    @Test
    void rejectsAmbiguousPaperTradingFlag() {
        assertThatThrownBy(() -> PlatformSettings.from(Map.of("PAPER_TRADING", "yes")::get))
                .hasMessageStartingWith("PAPER_TRADING must be true or false");
    }

    @Test
    void requiresAServiceTokenOutsideLocal() {
        assertThatThrownBy(() -> PlatformSettings.from(Map.of("ENVIRONMENT", "prod")::get))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("SERVICE_TOKEN must be set");
    }

    @Test
    void reportsEveryBadVariableAtOnceInTheOrderOfTheGuide() {
        Map<String, String> env = Map.of("ENVIRONMENT", "prod", "MAX_DAILY_TRADES", "abc", "LOG_LEVEL", "loud",
                "DB_URL", "mysql://db/x", "DATA_SERVICE_URL", "data:8082");

        assertThatThrownBy(() -> PlatformSettings.from(env::get))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.problems()).containsExactly(
                        "MAX_DAILY_TRADES must be a whole number from 0 to 100000, got \"abc\"",
                        "LOG_LEVEL must be one of trace, debug, info, warn, error, got \"loud\"",
                        "DB_URL must be a PostgreSQL JDBC URL such as " + PlatformSettings.DEFAULT_DATABASE_URL
                                + ", got \"mysql://db/x\"",
                        "DATA_SERVICE_URL must be an http(s) URL such as http://localhost:8081, got \"data:8082\"",
                        "SERVICE_TOKEN must be set to a random string of at least 32 characters outside"
                                + " ENVIRONMENT=local"));
    }

    @Test
    void listsTheMissingCredentialsWhenOnlySomeAreSet() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.remove("ANGEL_ONE_PASSWORD");
        env.remove("ANGEL_ONE_TOTP_SECRET");

        assertThatThrownBy(() -> PlatformSettings.from(env::get))
                .hasMessage("Angel One credentials incomplete, missing: ANGEL_ONE_PASSWORD, ANGEL_ONE_TOTP_SECRET"
                        + " (set all four ANGEL_ONE_* variables, or none to run without the broker)");
    }

    @Test
    void rejectsATotpSecretThatIsNotBase32WithoutEchoingIt() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.put("ANGEL_ONE_TOTP_SECRET", "not-base32!");

        assertThatThrownBy(() -> PlatformSettings.from(env::get))
                .hasMessageStartingWith("ANGEL_ONE_TOTP_SECRET must be the base32 secret")
                .message().doesNotContain("not-base32!");
    }

    @Test
    void liveModeRefusesToStartWithoutCredentialsListingAllFour() {
        assertThatThrownBy(() -> StartupCheck.validate(Map.of("PAPER_TRADING", "false"), true))
                .hasMessage("PAPER_TRADING=false needs the Angel One credentials, missing: ANGEL_ONE_API_KEY,"
                        + " ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD, ANGEL_ONE_TOTP_SECRET"
                        + " (set PAPER_TRADING=true to trade on paper without them)");
    }

    @Test
    void liveModeWithoutCredentialsIsReportedBesideTheOtherBadVariables() {
        assertThatThrownBy(() -> StartupCheck.validate(Map.of("PAPER_TRADING", "false", "LOG_LEVEL", "loud"), true))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.problems())
                        .hasSize(2).first().asString().startsWith("LOG_LEVEL must be one of"));
    }

    @Test
    void aServiceThatNeverTalksToTheBrokerStartsLiveWithoutCredentials() {
        assertThat(StartupCheck.validate(Map.of("PAPER_TRADING", "false"), false).paperTrading()).isFalse();
    }

    @Test
    void secretsNeverAppearInTheSettingsPrintout() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.put("SERVICE_TOKEN", "service-token-value-that-is-long-enough");

        String printed = PlatformSettings.from(env::get).toString();

        assertThat(printed).doesNotContain("key-123", "9876", "JBSWY3DPEHPK3PXP", "service-token-value");
    }

    @Test
    void reportsABadSettingInOneLine() {
        var out = new ByteArrayOutputStream();

        StartupCheck.report(new InvalidSettingException("LOG_LEVEL", "must be one of ..."),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Invalid configuration: LOG_LEVEL must be one of ..."
                + System.lineSeparator());
    }

    @Test
    void reportsEachBadSettingOnItsOwnLine() {
        var out = new ByteArrayOutputStream();
        InvalidSettingException invalid = assertThrows(InvalidSettingException.class,
                () -> PlatformSettings.from(Map.of("MAX_DAILY_TRADES", "-1", "PAPER_TRADING", "yes")::get));

        StartupCheck.report(invalid, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Invalid configuration: PAPER_TRADING must be true or false, got \"yes\"",
                "Invalid configuration: MAX_DAILY_TRADES must be a whole number from 0 to 100000, got \"-1\"");
    }
}
