package com.algotrading.common.backtest;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioBacktestTest {

    private static final BacktestSettings SETTINGS = new BacktestSettings(FillModel.NEXT_OPEN, 5, Segment.EQUITY_DELIVERY,
            BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY);
    private static final Symbol INFY = new Symbol(Exchange.NSE, "INFY-EQ");
    private static final Symbol TCS = new Symbol(Exchange.NSE, "TCS-EQ");

    private static StrategyRun run() {
        return new StrategyRun(StrategyCatalog.type("ema-crossover").create(Map.of()), new Sizing.PercentOfEquity(1_000_000),
                ExitRules.NONE, 1);
    }

    @Test
    void sleevesRunIndependentlyOnEqualCapitalAndTheirEquityAddsUpAtEveryTime() {
        List<Bar> infy = SyntheticBars.daily(1, 400, LocalDate.of(2024, 1, 1));
        List<Bar> tcs = SyntheticBars.daily(2, 300, LocalDate.of(2024, 4, 1));
        PortfolioBacktest.Result result = new PortfolioBacktest(SETTINGS, ChargesModel.bundled())
                .run(List.of(new PortfolioBacktest.Sleeve(INFY, infy, run()), new PortfolioBacktest.Sleeve(TCS, tcs, run())));

        BacktestResult alone = new Backtest(SETTINGS.withInitialCapital(BacktestSettings.DEFAULT_CAPITAL / 2),
                ChargesModel.bundled()).run(infy, run());
        assertThat(result.sleeves().get(INFY)).usingRecursiveComparison().isEqualTo(alone);
        long shared = tcs.stream().filter(b -> infy.stream().anyMatch(i -> i.start().equals(b.start()))).count();
        assertThat(result.times()).hasSize((int) (infy.size() + tcs.size() - shared));
        int firstTcs = result.times().indexOf(tcs.getFirst().start());
        assertThat(result.equity()[firstTcs - 1])
                .isEqualTo(alone.equityCurve().equity(firstTcs - 1) + BacktestSettings.DEFAULT_CAPITAL / 2);
        assertThat(result.metrics().netPnl()).isEqualTo(result.sleeves().values().stream()
                .mapToLong(r -> r.metrics().netPnl()).sum());
        assertThat(result.trades()).hasSize(result.metrics().trades())
                .isSortedAccordingTo((a, b) -> a.trade().exitTime().compareTo(b.trade().exitTime()));
    }

    @Test
    void rejectsAnInstrumentListedTwice() {
        List<Bar> bars = SyntheticBars.daily(1, 50, LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> new PortfolioBacktest(SETTINGS, ChargesModel.bundled()).run(List.of(
                new PortfolioBacktest.Sleeve(INFY, bars, run()), new PortfolioBacktest.Sleeve(INFY, bars, run()))))
                .hasMessageContaining("appears twice");
    }
}
