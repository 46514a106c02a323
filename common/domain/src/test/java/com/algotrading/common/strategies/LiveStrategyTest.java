package com.algotrading.common.strategies;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestEvent;
import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.charges.Charges;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.OrderIntent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The live executor decides what the backtest decides, on the same bars, for the built-in strategies. */
class LiveStrategyTest {

    private static final List<Bar> SESSION = SyntheticBars.intraday(7, 5, Interval.ONE_MINUTE, LocalDate.of(2026, 3, 2));

    private static StrategyRun run(String type, Map<String, BigDecimal> parameters, ExitRules exits) {
        return new StrategyRun(StrategyCatalog.type(type).create(parameters), new Sizing.FixedQuantity(10), exits, 1);
    }

    /** The backtest's decisions: the bar and intent of every order it placed (filled at that bar's close). */
    private static List<String> backtest(StrategyRun run) {
        List<String> decisions = new ArrayList<>();
        new Backtest(new BacktestSettings(FillModel.CLOSE, 0, null, BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY),
                ChargesModel.bundled()).run(SESSION, run, event -> {
                    if (event instanceof BacktestEvent.OrderPlaced placed && placed.intent().reason()
                            != com.algotrading.common.orders.ExitReason.END_OF_DATA) {
                        decisions.add(placed.time() + " " + describe(placed.intent()));
                    }
                });
        return decisions;
    }

    /** The live executor on the same bars, each order filled at the bar's close as soon as it is decided. */
    private static List<String> live(StrategyRun run) {
        List<String> decisions = new ArrayList<>();
        LiveStrategy live = new LiveStrategy(run, TickSize.EQUITY);
        for (Bar bar : SESSION) {
            Optional<OrderIntent> intent = live.onBar(bar, BacktestSettings.DEFAULT_CAPITAL);
            intent.ifPresent(sent -> {
                decisions.add(bar.start() + " " + describe(sent));
                live.filled(new Fill(bar.start(), sent.side(), sent.quantity(), bar.close(), sent.reason(), Charges.NONE));
                live.orderEnded();
            });
        }
        return decisions;
    }

    private static String describe(OrderIntent intent) {
        return intent.side() + " " + intent.quantity() + " " + intent.reason();
    }

    @Test
    void decidesTheSameEntriesAndExitsAsTheBacktestOnTheSameBars() {
        for (String type : List.of("sma-crossover", "ema-crossover", "rsi-reversion", "macd-crossover",
                "bollinger-reversion", "supertrend", "opening-range-breakout", "vwap-reversion")) {
            List<String> expected = backtest(run(type, Map.of(), ExitRules.intraday(0, 0, 0)));
            assertThat(expected).as(type + " trades in this session").isNotEmpty();
            assertThat(live(run(type, Map.of(), ExitRules.intraday(0, 0, 0)))).as(type).isEqualTo(expected);
        }
    }

    @Test
    void decidesTheSameProtectiveExitsAsTheBacktestOnTheSameBars() {
        ExitRules protective = ExitRules.intraday(3_000, 6_000, 2_000);
        for (String type : List.of("sma-crossover", "ema-crossover", "macd-crossover", "supertrend")) {
            List<String> expected = backtest(run(type, Map.of(), protective));
            assertThat(expected).as(type + " stops out in this session").anyMatch(d -> d.contains("STOP"));
            assertThat(live(run(type, Map.of(), protective))).as(type).isEqualTo(expected);
        }
    }

    @Test
    void whileAnOrderIsWorkingTheStrategyStillSeesBarsButSendsNothingNew() {
        LiveStrategy live = new LiveStrategy(run("sma-crossover", Map.of("fast", new BigDecimal(3),
                "slow", new BigDecimal(8)), ExitRules.NONE), TickSize.EQUITY);
        int sent = 0;
        for (Bar bar : SESSION) {
            if (live.onBar(bar, BacktestSettings.DEFAULT_CAPITAL).isPresent()) {
                sent++;
            }
        }
        assertThat(sent).as("the first entry stays working, unfilled: nothing after it").isEqualTo(1);
        assertThat(live.working()).isTrue();
    }

    @Test
    void aStopIsWatchedOnTicksBetweenBarsOnTheTick() {
        ExitRules fivePercentStop = new ExitRules(50_000, 100_000, 0, Optional.empty(), Optional.empty());
        LiveStrategy live = new LiveStrategy(run("sma-crossover", Map.of(), fivePercentStop), TickSize.EQUITY);
        live.filled(new Fill(SESSION.getFirst().start(), com.algotrading.common.orders.Side.BUY, 10, 100_000,
                com.algotrading.common.orders.ExitReason.SIGNAL, Charges.NONE));

        assertThat(live.onTick(95_005)).isEmpty();
        assertThat(live.onTick(109_995)).isEmpty();
        assertThat(live.onTick(95_000)).map(LiveStrategyTest::describe).contains("SELL 10 STOP_LOSS");
        assertThat(live.onTick(90_000)).as("one order at a time").isEmpty();
    }

    @Test
    void ticksAreWatchedOnlyWhileALongPositionHasAStopOrTargetAndNoOrderIsWorking() {
        ExitRules fivePercentStop = new ExitRules(50_000, 0, 0, Optional.empty(), Optional.empty());
        LiveStrategy guarded = new LiveStrategy(run("sma-crossover", Map.of(), fivePercentStop), TickSize.EQUITY);
        LiveStrategy bare = new LiveStrategy(run("sma-crossover", Map.of(), ExitRules.NONE), TickSize.EQUITY);
        assertThat(guarded.watchesTicks()).as("flat").isFalse();

        Fill entry = new Fill(SESSION.getFirst().start(), com.algotrading.common.orders.Side.BUY, 10, 100_000,
                com.algotrading.common.orders.ExitReason.SIGNAL, Charges.NONE);
        guarded.filled(entry);
        bare.filled(entry);

        assertThat(guarded.watchesTicks()).isTrue();
        assertThat(bare.watchesTicks()).as("no stop, no target: a tick cannot make it act").isFalse();
        assertThat(guarded.onTick(95_000)).isPresent();
        assertThat(guarded.watchesTicks()).as("its stop order is working").isFalse();
    }
}
