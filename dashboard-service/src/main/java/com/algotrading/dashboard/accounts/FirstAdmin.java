package com.algotrading.dashboard.accounts;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.settings.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin, user {@code admin} with the password of {@code DASHBOARD_ADMIN_PASSWORD}, created on start-up
 * while no user {@code admin} exists; once it does, the variable changes nothing (its password is changed in the
 * dashboard). Outside {@code ENVIRONMENT=local} a dashboard without it and without an admin does not start.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final Users users;
    private final AccountsProperties settings;
    private final PlatformSettings platform;

    FirstAdmin(Accounts accounts, Users users, AccountsProperties settings, PlatformSettings platform) {
        this.accounts = accounts;
        this.users = users;
        this.settings = settings;
        this.platform = platform;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists("admin")) {
            return;
        }
        if (settings.adminPassword().isEmpty()) {
            String missing = "DASHBOARD_ADMIN_PASSWORD is not set and there is no user 'admin': nobody can log in";
            if (!platform.environment().isLocal()) {
                throw new IllegalStateException("Invalid configuration: " + missing);
            }
            log.warn("{} (deployment/scripts/run-local.sh sets one)", missing);
            return;
        }
        try {
            if (accounts.createFirstAdmin(settings.adminPassword())) {
                log.info("Created the first admin, user 'admin', with the password of DASHBOARD_ADMIN_PASSWORD");
            }
        } catch (ApiProblem refused) {
            throw new IllegalStateException("Invalid configuration: DASHBOARD_ADMIN_PASSWORD: " + refused.getMessage());
        }
    }
}
