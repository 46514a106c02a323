package com.algotrading.dashboard;

import com.algotrading.postgres.SpringTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running dashboard on a fresh database, with its first admin, whose trading-service and data-service are one fake
 * on loopback. A test that needs other settings adds them with {@code @TestPropertySource}; tests with the same
 * settings share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "DASHBOARD_ADMIN_PASSWORD=" + DashboardServiceTest.ADMIN_PASSWORD)
public abstract class DashboardServiceTest {

    public static final String ADMIN_PASSWORD = "first-admin-password";
    /** Lives as long as the test JVM: contexts, cached across test classes, keep calling it. */
    protected static final FakeService UPSTREAM = new FakeService();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
        registry.add("TRADING_SERVICE_URL", UPSTREAM::url);
        registry.add("DATA_SERVICE_URL", UPSTREAM::url);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected DashboardClient admin() {
        return DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);
    }
}
