package com.algotrading.common.settings;

import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The settings every service shares, read from the environment variables of the deployment guide.
 *
 * <p>Defaults make a laptop run work with nothing set: local environment, paper trading, the embedded database
 * of the local platform, services on localhost. Outside {@code ENVIRONMENT=local} the service token must be set.
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

    /** Reads and validates every setting; throws {@link InvalidSettingException} on the first bad one. */
    public static PlatformSettings from(UnaryOperator<String> variables) {
        SettingsReader reader = new SettingsReader(variables);
        DeploymentEnvironment environment =
                reader.choice("ENVIRONMENT", DeploymentEnvironment.class, DeploymentEnvironment.LOCAL);
        return new PlatformSettings(
                environment,
                reader.flag("PAPER_TRADING", true),
                reader.wholeNumber("MAX_DAILY_TRADES", 50, 0, 100_000),
                reader.choice("LOG_LEVEL", LogLevel.class, LogLevel.INFO),
                databaseUrl(reader),
                reader.httpUrl("TRADING_SERVICE_URL", "http://localhost:8081"),
                reader.httpUrl("DATA_SERVICE_URL", "http://localhost:8082"),
                serviceToken(reader, environment),
                angelOne(reader));
    }

    /**
     * The Angel One credentials, which live mode cannot run without.
     *
     * @throws InvalidSettingException naming the first missing variable when {@code PAPER_TRADING=false}
     */
    public Optional<AngelOneCredentials> requireCredentialsWhenLive() {
        if (!paperTrading && angelOne.isEmpty()) {
            throw new InvalidSettingException("ANGEL_ONE_API_KEY",
                    "and ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD, ANGEL_ONE_TOTP_SECRET are required when PAPER_TRADING=false"
                            + " (set PAPER_TRADING=true to trade on paper without them)");
        }
        return angelOne;
    }

    private static String databaseUrl(SettingsReader reader) {
        String url = reader.text("DB_URL", DEFAULT_DATABASE_URL);
        if (!url.startsWith("jdbc:postgresql://")) {
            throw SettingsReader.invalid("DB_URL", "must be a PostgreSQL JDBC URL such as " + DEFAULT_DATABASE_URL, url);
        }
        return url;
    }

    private static Secret serviceToken(SettingsReader reader, DeploymentEnvironment environment) {
        Optional<String> token = reader.optional("SERVICE_TOKEN");
        if (token.isEmpty() && environment.isLocal()) {
            return new Secret(LOCAL_SERVICE_TOKEN);
        }
        if (token.isEmpty() || token.get().length() < MIN_SERVICE_TOKEN_LENGTH) {
            throw new InvalidSettingException("SERVICE_TOKEN",
                    "must be set to a random string of at least " + MIN_SERVICE_TOKEN_LENGTH
                            + " characters outside ENVIRONMENT=local");
        }
        return new Secret(token.get());
    }

    private static Optional<AngelOneCredentials> angelOne(SettingsReader reader) {
        Optional<String> apiKey = reader.optional("ANGEL_ONE_API_KEY");
        Optional<String> clientId = reader.optional("ANGEL_ONE_CLIENT_ID");
        Optional<String> password = reader.optional("ANGEL_ONE_PASSWORD");
        Optional<String> totpSecret = reader.optional("ANGEL_ONE_TOTP_SECRET");
        if (apiKey.isEmpty() && clientId.isEmpty() && password.isEmpty() && totpSecret.isEmpty()) {
            return Optional.empty();
        }
        String missing = apiKey.isEmpty() ? "ANGEL_ONE_API_KEY" : clientId.isEmpty() ? "ANGEL_ONE_CLIENT_ID"
                : password.isEmpty() ? "ANGEL_ONE_PASSWORD" : totpSecret.isEmpty() ? "ANGEL_ONE_TOTP_SECRET" : null;
        if (missing != null) {
            throw new InvalidSettingException(missing, "is required when any ANGEL_ONE_* credential is set");
        }
        String normalisedTotp = totpSecret.get().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!BASE32.matcher(normalisedTotp).matches()) {
            throw new InvalidSettingException("ANGEL_ONE_TOTP_SECRET",
                    "must be the base32 secret shown when TOTP was enabled (letters A-Z and digits 2-7)");
        }
        return Optional.of(new AngelOneCredentials(
                new Secret(apiKey.get()), clientId.get(), new Secret(password.get()), new Secret(normalisedTotp)));
    }
}
