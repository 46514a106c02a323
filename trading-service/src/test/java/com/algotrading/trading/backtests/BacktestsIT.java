package com.algotrading.trading.backtests;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Backtests through the API: the same engine and the same JSON document as the CLI, over the data-service's candles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BacktestsIT extends TradingServiceTest {

    private static final List<Bar> DAYS = SyntheticBars.intraday(5, 3, Interval.FIVE_MINUTE, LocalDate.of(2026, 3, 9));
    private static final String BODY = "{\"strategy\":\"sma-crossover\",\"parameters\":{\"fast\":%s,\"slow\":12},"
            + "\"symbol\":\"NSE:TCS-EQ\",\"interval\":\"5m\",\"from\":\"2026-03-09\",\"to\":\"2026-03-11\","
            + "\"fill\":\"close\",\"sizing\":{\"quantity\":10}}";

    private JsonNode awaitRun(String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/backtests/" + id).body(),
                run -> run.path("status").asString().matches("DONE|FAILED"));
    }

    @Test
    void aBacktestRunsInTheBackgroundAndAnswersTheClisJsonDocument() {
        MARKET.storeCandles("NSE:TCS-EQ", "5m", DAYS);

        Answer submitted = api.post("/api/v1/backtests", BODY.formatted("4"));

        assertThat(submitted.status()).isEqualTo(202);
        JsonNode run = awaitRun(submitted.body().path("id").asString());
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.path("progress").decimalValue()).isEqualByComparingTo("1");
        StrategyRun expected = new StrategyRun(StrategyCatalog.type("sma-crossover").create(Map.of("fast",
                BigDecimal.valueOf(4), "slow", BigDecimal.valueOf(12))), new Sizing.FixedQuantity(10), ExitRules.NONE, 1);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode engine = mapper.readTree(mapper.writeValueAsString(BacktestJson.json(new Backtest(new BacktestSettings(
                FillModel.CLOSE, 0, Segment.EQUITY_DELIVERY, 100_000_000, TickSize.EQUITY), ChargesModel.bundled())
                .run(DAYS, expected))));
        assertThat(run.path("result")).isEqualTo(engine);
        assertThat(run.path("result").path("trades")).isNotEmpty();
        assertThat(api.get("/api/v1/backtests").body().get(0).path("id").asString())
                .isEqualTo(submitted.body().path("id").asString());
    }

    @Test
    void aRangeOfAParameterSweepsItAndRanksThePoints() {
        MARKET.storeCandles("NSE:TCS-EQ", "5m", DAYS);

        JsonNode run = awaitRun(api.post("/api/v1/backtests", BODY.formatted("\"2..6:2\"")).body().path("id").asString());

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.path("result").path("rankedBy").asString()).isEqualTo("sharpe");
        assertThat(run.path("result").path("points")).hasSize(3);
    }

    @Test
    void badRequestsAreRefusedBeforeQueuingAndAMissingRunIsNotFound() {
        assertThat(api.post("/api/v1/backtests", BODY.formatted("4").replace("sma-crossover", "moon")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/backtests", BODY.formatted("99")).body().path("detail").asString())
                .contains("fast must be shorter than slow");
        assertThat(api.get("/api/v1/backtests/bt-nope").status()).isEqualTo(404);
        JsonNode empty = awaitRun(api.post("/api/v1/backtests", BODY.formatted("4").replace("TCS", "INFY")).body()
                .path("id").asString());
        assertThat(empty.path("status").asString()).isEqualTo("FAILED");
        assertThat(empty.path("error").asString()).contains("no 5m candles of NSE:INFY-EQ");
    }
}
