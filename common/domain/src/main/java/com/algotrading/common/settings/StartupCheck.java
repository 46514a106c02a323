package com.algotrading.common.settings;

import java.io.PrintStream;
import java.util.Map;

/**
 * Validates the settings before a service starts. A bad value ends the process with exit code 2 and one line
 * on standard error that names the variable, instead of a stack trace.
 */
public final class StartupCheck {

    public static final int EXIT_INVALID_SETTING = 2;

    private StartupCheck() {
    }

    /**
     * @param needsBrokerWhenLive whether this service talks to the broker, so live mode needs credentials
     */
    public static PlatformSettings settingsOrExit(Map<String, String> environment, boolean needsBrokerWhenLive) {
        try {
            return validate(environment, needsBrokerWhenLive);
        } catch (InvalidSettingException e) {
            report(e, System.err);
            System.exit(EXIT_INVALID_SETTING);
            throw e;
        }
    }

    /** Runs a further check of a service's own settings the same way: one line and exit 2 when it fails. */
    public static <T> T orExit(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidSettingException e) {
            report(e, System.err);
            System.exit(EXIT_INVALID_SETTING);
            throw e;
        }
    }

    static PlatformSettings validate(Map<String, String> environment, boolean needsBrokerWhenLive) {
        PlatformSettings settings = PlatformSettings.from(environment::get);
        if (needsBrokerWhenLive) {
            settings.requireCredentialsWhenLive();
        }
        return settings;
    }

    static void report(InvalidSettingException e, PrintStream out) {
        out.println("Invalid configuration: " + e.getMessage());
    }
}
