package com.algotrading.trading.deployments;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestEvent;
import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sameness proof: a recorded session through the live path — the data-service's bar stream, a deployment, risk,
 * the order manager, the paper broker — decides the same orders on the same bars as the backtest engine does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MAX_ORDERS_PER_SECOND=1000", "MAX_DAILY_TRADES=1000"})
class LiveMatchesBacktestIT extends TradingServiceTest {

    private static final String SYMBOL = "NSE:SBIN-EQ";
    private static final List<Bar> SESSION = SyntheticBars.intraday(11, 1, Interval.ONE_MINUTE, LocalDate.of(2026, 3, 4));

    @Test
    void aRecordedSessionThroughTheLivePathDecidesTheSameOrdersOnTheSameBarsAsTheBacktest() {
        List<String> backtest = backtestDecisions();
        assertThat(backtest).as("the session trades").hasSizeGreaterThan(2);

        String id = api.post("/api/v1/deployments", "{\"name\":\"sameness\",\"strategy\":\"ema-crossover\","
                + "\"parameters\":{\"fast\":5,\"slow\":13},\"instruments\":[\"" + SYMBOL + "\"],\"interval\":\"1m\","
                + "\"sizing\":{\"quantity\":10},\"product\":\"INTRADAY\"}").body().path("id").asString();
        api.post("/api/v1/deployments/" + id + "/start", "");
        await().until(MARKET::barStreaming);
        for (int i = 0; i < SESSION.size(); i++) {
            Bar bar = SESSION.get(i);
            MARKET.bar(SYMBOL, bar);
            long seen = i + 1;
            await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(20)).until(() ->
                    api.get("/api/v1/deployments/" + id).body().path("barsSeen").asLong() == seen);
            // The next tick fills what the bar decided; the strategy hears of the fill before the next bar.
            await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(20)).until(() -> {
                MARKET.tick(SYMBOL, BigDecimal.valueOf(bar.close(), 2).toPlainString());
                return jdbc.queryForObject("SELECT count(*) FROM orders WHERE deployment_id = ? AND status NOT IN"
                        + " ('FILLED', 'CANCELLED', 'REJECTED')", Integer.class, id) == 0;
            });
        }

        List<String> live = jdbc.query("SELECT d.decided_on, o.side, o.quantity, d.reason FROM deployment_orders d"
                        + " JOIN orders o ON o.id = d.order_id WHERE d.deployment_id = ? ORDER BY d.decided_on",
                (rs, row) -> rs.getTimestamp(1).toInstant() + " " + rs.getString(2) + " " + rs.getLong(3) + " "
                        + rs.getString(4), id);
        assertThat(live).isEqualTo(backtest);
    }

    private static List<String> backtestDecisions() {
        StrategyRun run = new StrategyRun(StrategyCatalog.type("ema-crossover").create(Map.of("fast", BigDecimal.valueOf(5),
                "slow", BigDecimal.valueOf(13))), new Sizing.FixedQuantity(10), ExitRules.intraday(0, 0, 0), 1);
        List<String> decisions = new ArrayList<>();
        new Backtest(new BacktestSettings(FillModel.CLOSE, 0, null, BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY),
                ChargesModel.bundled()).run(SESSION, run, event -> {
                    if (event instanceof BacktestEvent.OrderPlaced placed
                            && placed.intent().reason() != ExitReason.END_OF_DATA) {
                        decisions.add(placed.time() + " " + placed.intent().side() + " " + placed.intent().quantity() + " "
                                + placed.intent().reason());
                    }
                });
        return decisions;
    }
}
