package com.algotrading.trading.risk;

import com.algotrading.common.market.Symbol;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MAX_DAILY_TRADES=10", "MAX_ORDERS_PER_SECOND=10000", "MAX_OPEN_POSITIONS=100"})
class DailyTradeLimitIT extends TradingServiceTest {

    @Test
    void fiftyOrdersAtOnceWithTenTradesLeftGiveExactlyTenOrdersAndFortyDenials() throws Exception {
        tick("NSE:TCS-EQ", "4000.00");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Answer>> requests;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            requests = IntStream.range(0, 50).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return api.post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 1, "LIMIT", "3990.00"));
            }, clients)).toList();
            start.countDown();
        }

        Map<Integer, Long> statuses = requests.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 10L, 422, 40L));
        List<String> rules = requests.stream().map(CompletableFuture::join).filter(answer -> answer.status() == 422)
                .map(answer -> answer.body().path("rule").asString()).distinct().toList();
        assertThat(rules).containsExactly("max-daily-trades");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM paper_orders", Integer.class)).isEqualTo(10);
        assertThat(api.get("/api/v1/risk").body().path("tradesToday").asInt()).isEqualTo(10);

        // The limit never locks a trader into a position: once filled, closing passes.
        tick("NSE:TCS-EQ", "3990.00");
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM orders WHERE status = 'FILLED'", Integer.class) == 10);
        Answer close = api.post("/api/v1/positions/NSE%3ATCS-EQ/close", "{}");
        Answer more = api.post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 1, "LIMIT", "3990.00"));
        assertThat(close.status()).isEqualTo(201);
        assertThat(close.body().path("side").asString()).isEqualTo("SELL");
        assertThat(close.body().path("quantity").asLong()).isEqualTo(10);
        assertThat(more.status()).isEqualTo(422);
        assertThat(more.body().path("rule").asString()).isEqualTo("max-daily-trades");
    }
}
