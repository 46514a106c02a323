package com.algotrading.dashboard.accounts;

import com.algotrading.dashboard.DashboardServiceApplication;
import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first admin: a deployed dashboard nobody could log in to does not start; a short password is refused. */
class FirstAdminIT {

    @Test
    void aDeployedDashboardWithoutTheVariableAndWithoutAnAdminDoesNotStart() {
        assertThatThrownBy(() -> start("ENVIRONMENT=staging").close())
                .hasStackTraceContaining("Invalid configuration: DASHBOARD_ADMIN_PASSWORD is not set and there is no user 'admin'");
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartWithTheVariablesName() {
        assertThatThrownBy(() -> start("DASHBOARD_ADMIN_PASSWORD=short").close())
                .hasStackTraceContaining("Invalid configuration: DASHBOARD_ADMIN_PASSWORD: a password is at least 12 characters");
    }

    @Test
    void aLocalDashboardStartsWithoutItAndWarns() {
        try (ConfigurableApplicationContext context = start("ENVIRONMENT=local")) {
            assertThat(context.getBean(Accounts.class).find("admin")).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String setting) {
        DatabaseCoordinates database = TestDatabases.fresh();
        // on loopback whatever the environment, on a free port (application.yml reads SERVER_PORT, which outranks
        // these default properties, so server.port=0 here would still be 8080): a test listens to nothing but this machine
        List<String> properties = List.of("SERVER_PORT=0", "server.address=127.0.0.1", "DB_URL=" + database.jdbcUrl(),
                "DB_USER=" + database.username(), "DB_PASSWORD=" + database.password(),
                "SERVICE_TOKEN=a-service-token-of-at-least-32-characters", setting);
        return new SpringApplicationBuilder(DashboardServiceApplication.class).properties(properties.toArray(String[]::new))
                .run();
    }
}
