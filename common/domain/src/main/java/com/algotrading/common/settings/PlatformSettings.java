package com.algotrading.common.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The settings every service shares, read from the environment variables of the deployment guide.
 *
 * <p>Defaults make a laptop run work with nothing set: local environment, paper trading, the embedded database
 * of the local platform, services on localhost. Outside {@code ENVIRONMENT=local} the service token must be set.
 * A bad start-up reports every bad variable at once ({@link InvalidSettingException#problems()}).
 *
 * @param maxDailyTrades the {@code MAX_DAILY_TRADES} risk limit: orders the platform may place per trading day
 * @param angelOne       present only when all four {@code ANGEL_ONE_*} credentials are set
 */
public record PlatformSettings(
        DeploymentEnvironment environment,
        boolean paperTrading,
        int maxDailyTrades,
        LogLevel logLevel,
        String databaseUrl,
        URI tradingServiceUrl,
        URI dataServiceUrl,
        Secret serviceToken,
        Optional<AngelOneCredentials> angelOne) {

    public static final String DEFAULT_DATABASE_URL = "jdbc:postgresql://localhost:15432/algotrading";
    static final String LOCAL_SERVICE_TOKEN = "local-only-service-token-do-not-use-in-aws";
    private static final int MIN_SERVICE_TOKEN_LENGTH = 32;
    private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]+=*");
    private static final List<String> ANGEL_ONE_VARIABLES =
            List.of("ANGEL_ONE_API_KEY", "ANGEL_ONE_CLIENT_ID", "ANGEL_ONE_PASSWORD", "ANGEL_ONE_TOTP_SECRET");

    /** Reads and validates every setting, as the Spring bean of every service does. */
    public static PlatformSettings from(UnaryOperator<String> variables) {
        return from(variables, false);
    }

    /**
     * Reads and validates every setting.
     *
     * @param credentialsWhenLive whether live mode ({@code PAPER_TRADING=false}) needs the Angel One credentials, as
     *                            it does in the services that talk to the broker
     * @throws InvalidSettingException listing every bad variable, not only the first
     */
    public static PlatformSettings from(UnaryOperator<String> variables, boolean credentialsWhenLive) {
        SettingsReader reader = new SettingsReader(variables);
        DeploymentEnvironment environment =
                reader.choice("ENVIRONMENT", DeploymentEnvironment.class, DeploymentEnvironment.LOCAL);
        boolean paperTrading = reader.flag("PAPER_TRADING", true);
        PlatformSettings settings = new PlatformSettings(
                environment,
                paperTrading,
                reader.wholeNumber("MAX_DAILY_TRADES", 50, 0, 100_000),
                reader.choice("LOG_LEVEL", LogLevel.class, LogLevel.INFO),
                databaseUrl(reader),
                reader.httpUrl("TRADING_SERVICE_URL", "http://localhost:8081"),
                reader.httpUrl("DATA_SERVICE_URL", "http://localhost:8082"),
                serviceToken(reader, environment),
                angelOne(reader, credentialsWhenLive && !paperTrading));
        reader.throwIfInvalid();
        return settings;
    }

    private static String databaseUrl(SettingsReader reader) {
        String url = reader.text("DB_URL", DEFAULT_DATABASE_URL);
        if (!url.startsWith("jdbc:postgresql://")) {
            return reader.invalid("DB_URL", "must be a PostgreSQL JDBC URL such as " + DEFAULT_DATABASE_URL, url,
                    DEFAULT_DATABASE_URL);
        }
        return url;
    }

    private static Secret serviceToken(SettingsReader reader, DeploymentEnvironment environment) {
        Optional<String> token = reader.optional("SERVICE_TOKEN");
        if (token.isEmpty() && environment.isLocal()) {
            return new Secret(LOCAL_SERVICE_TOKEN);
        }
        if (token.isEmpty() || token.get().length() < MIN_SERVICE_TOKEN_LENGTH) {
            reader.problem("SERVICE_TOKEN must be set to a random string of at least " + MIN_SERVICE_TOKEN_LENGTH
                    + " characters outside ENVIRONMENT=local");
            return new Secret(LOCAL_SERVICE_TOKEN);
        }
        return new Secret(token.get());
    }

    /** @param required whether the credentials must be set (live mode of a service that talks to the broker) */
    private static Optional<AngelOneCredentials> angelOne(SettingsReader reader, boolean required) {
        Map<String, String> set = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String variable : ANGEL_ONE_VARIABLES) {
            reader.optional(variable).ifPresentOrElse(value -> set.put(variable, value), () -> missing.add(variable));
        }
        if (!missing.isEmpty()) {
            reportMissing(reader, missing, required);
            return Optional.empty();
        }
        String totpSecret = set.get("ANGEL_ONE_TOTP_SECRET").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!BASE32.matcher(totpSecret).matches()) {
            reader.problem("ANGEL_ONE_TOTP_SECRET must be the base32 secret shown when TOTP was enabled"
                    + " (letters A-Z and digits 2-7)");
            return Optional.empty();
        }
        return Optional.of(new AngelOneCredentials(new Secret(set.get("ANGEL_ONE_API_KEY")),
                set.get("ANGEL_ONE_CLIENT_ID"), new Secret(set.get("ANGEL_ONE_PASSWORD")), new Secret(totpSecret)));
    }

    /** None set is fine unless they are required; some set is always a mistake: the four go together. */
    private static void reportMissing(SettingsReader reader, List<String> missing, boolean required) {
        String list = String.join(", ", missing);
        if (missing.size() < ANGEL_ONE_VARIABLES.size()) {
            reader.problem("Angel One credentials incomplete, missing: " + list
                    + " (set all four ANGEL_ONE_* variables, or none to run without the broker)");
        } else if (required) {
            reader.problem("PAPER_TRADING=false needs the Angel One credentials, missing: " + list
                    + " (set PAPER_TRADING=true to trade on paper without them)");
        }
    }
}
