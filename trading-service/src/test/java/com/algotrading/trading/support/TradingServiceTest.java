package com.algotrading.trading.support;

import com.algotrading.postgres.SpringTestDatabase;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.market.LastPrices;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * What the trading-service's ITs share: a fresh database per Spring context, one fake data-service on loopback for the
 * JVM (instruments and the tick stream), the market always open (as on the local platform), and a wait until this
 * instance is the active one. Subclasses add {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class TradingServiceTest {

    /** The JVM's one fake data-service, also for a test that cannot extend this class (the startup contract's). */
    public static final FakeDataService MARKET = startMarket();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
        registry.add("DATA_SERVICE_URL", MARKET::url);
        registry.add("SIMULATOR_ALWAYS_OPEN", () -> "true");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Leadership leadership;

    @Autowired
    protected LastPrices prices;

    protected TradingApi api;

    @BeforeEach
    void activeInstance() {
        api = new TradingApi("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).until(leadership::isLeader);
        await().atMost(Duration.ofSeconds(30)).until(prices::connected);
    }

    /** Sends a tick until this instance has seen it (a stream may still be attaching when the first one goes out). */
    protected void tick(String symbol, String rupees) {
        long paise = new java.math.BigDecimal(rupees).movePointRight(2).longValueExact();
        com.algotrading.common.market.Symbol parsed = com.algotrading.common.market.Symbol.parse(symbol);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            MARKET.tick(symbol, rupees);
            return prices.quote(parsed).map(quote -> quote.price() == paise).orElse(false);
        });
    }

    private static FakeDataService startMarket() {
        try {
            return new FakeDataService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
