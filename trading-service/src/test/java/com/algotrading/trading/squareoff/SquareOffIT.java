package com.algotrading.trading.squareoff;

import com.algotrading.trading.support.MutableClock;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;
import java.time.OffsetDateTime;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Intraday square-off on a Thursday at 15:15 IST, with the service's clock set by the test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SquareOffIT extends TradingServiceTest {

    private static final Instant BEFORE = OffsetDateTime.parse("2026-03-05T15:10:00+05:30").toInstant();
    private static final Instant AT = OffsetDateTime.parse("2026-03-05T15:15:00+05:30").toInstant();

    @TestConfiguration
    static class FixedTime {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(BEFORE);
        }
    }

    @Autowired
    private MutableClock clock;

    @Autowired
    private SquareOff squareOff;

    private String status(String id) {
        return api.get("/api/v1/orders/" + id).body().path("status").asString();
    }

    @Test
    void atTheSquareOffTimeIntradayPositionsCloseAndOrdersThatWouldAddAreCancelled() {
        clock.set(BEFORE);
        tick("NSE:INFY-EQ", "1500.00");
        String bought = api.post("/api/v1/orders", order("NSE:INFY-EQ", "BUY", 7, "MARKET", null)).body().path("id").asString();
        tick("NSE:INFY-EQ", "1500.05");
        await().until(() -> "FILLED".equals(status(bought)));
        String resting = api.post("/api/v1/orders", order("NSE:INFY-EQ", "BUY", 3, "LIMIT", "1400.00")).body()
                .path("id").asString();
        assertThat(squareOff.check()).as("nothing before 15:15").isZero();

        clock.set(AT);
        int closing = squareOff.check();

        assertThat(closing).as("first the order that would add is cancelled; the position waits for it").isZero();
        await().until(() -> "CANCELLED".equals(status(resting)));
        assertThat(squareOff.check()).isEqualTo(1);
        tick("NSE:INFY-EQ", "1499.00");
        await().until(() -> jdbc.queryForObject("SELECT quantity FROM positions WHERE symbol = 'NSE:INFY-EQ'"
                + " AND product = 'INTRADAY'", Long.class) == 0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE origin = 'SQUARE_OFF' AND side = 'SELL'"
                + " AND quantity = 7", Integer.class)).isEqualTo(1);
        assertThat(squareOff.check()).as("nothing left to square off").isZero();
    }
}
