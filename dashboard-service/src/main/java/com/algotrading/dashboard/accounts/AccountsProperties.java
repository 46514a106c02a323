package com.algotrading.dashboard.accounts;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The accounts' settings ({@code application.yml} maps the environment variables onto them).
 *
 * @param adminPassword             {@code DASHBOARD_ADMIN_PASSWORD}: the first admin's password, used only while
 *                                  there is no user {@code admin}
 * @param maxFailedLogins           failed logins in a row that lock an account
 * @param lockout                   how long a locked account stays locked (an admin may unlock it sooner)
 * @param maxFailedLoginsPerAddress failed logins from one client address, whatever the user, within
 *                                  {@code addressWindow}, before that address may not try again until the window ends
 */
@ConfigurationProperties("dashboard.accounts")
@Validated
public record AccountsProperties(
        @DefaultValue("") String adminPassword,
        @DefaultValue("5") @Min(1) int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") @Min(1) int maxFailedLoginsPerAddress,
        @DefaultValue("15m") Duration addressWindow) {
}
