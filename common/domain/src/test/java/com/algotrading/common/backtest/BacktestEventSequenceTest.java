package com.algotrading.common.backtest;

import com.algotrading.common.backtest.BacktestEvent.OrderExpired;
import com.algotrading.common.backtest.BacktestEvent.OrderFilled;
import com.algotrading.common.backtest.BacktestEvent.OrderPlaced;
import com.algotrading.common.backtest.BacktestEvent.TradeClosed;
import com.algotrading.common.charges.Charges;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.OrderIntent;
import com.algotrading.common.orders.Side;
import com.algotrading.common.orders.Trade;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Signal;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyRun;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.algotrading.common.strategies.Signal.ENTER_LONG;
import static com.algotrading.common.strategies.Signal.EXIT_LONG;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine's whole event sequence for small scripted scenarios. Prices in paise. */
class BacktestEventSequenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Sizing TEN = new Sizing.FixedQuantity(10);

    private static Instant at(int day, int hour, int minute) {
        return DAY.plusDays(day).atTime(hour, minute).atZone(IstTime.ZONE).toInstant();
    }

    private static Instant day(int n) {
        return at(n, 9, 15);
    }

    private static Bar bar(Instant start, long open, long high, long low, long close) {
        return new Bar(start, open, high, low, close, 1_000);
    }

    private static List<BacktestEvent> run(List<Bar> bars, Map<Integer, Signal> script, FillModel fill, ExitRules exits,
                                           Segment segment, int slippageBps) {
        List<BacktestEvent> events = new ArrayList<>();
        new Backtest(new BacktestSettings(fill, slippageBps, segment, BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY), ChargesModel.bundled())
                .run(bars, new StrategyRun(new ScriptedStrategy(script), TEN, exits, 1), events::add);
        return events;
    }

    private static Fill fill(Instant time, Side side, long price, ExitReason reason) {
        return new Fill(time, side, 10, price, reason, Charges.NONE);
    }

    @Test
    void nextOpenFillsTheSignalAtTheFollowingBarsOpen() {
        List<Bar> bars = List.of(bar(day(0), 10_000, 10_100, 9_900, 10_000), bar(day(1), 10_050, 10_300, 10_000, 10_200),
                bar(day(2), 10_200, 10_400, 10_100, 10_300), bar(day(3), 10_350, 10_400, 10_200, 10_250));
        assertThat(run(bars, Map.of(0, ENTER_LONG, 2, EXIT_LONG), FillModel.NEXT_OPEN, ExitRules.NONE, null, 0)).containsExactly(
                new OrderPlaced(day(0), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(1), Side.BUY, 10_050, ExitReason.SIGNAL)),
                new OrderPlaced(day(2), new OrderIntent(Side.SELL, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(3), Side.SELL, 10_350, ExitReason.SIGNAL)),
                new TradeClosed(new Trade(day(1), day(3), Side.BUY, 10, 10_050, 10_350, 3_000, 0, ExitReason.SIGNAL, false)));
    }

    @Test
    void stopLossFillsAtTheStopOrAtTheOpenWhenThePriceGapsThroughIt() {
        List<Bar> bars = List.of(bar(day(0), 10_000, 10_000, 10_000, 10_000), bar(day(1), 9_800, 9_900, 9_400, 9_600),
                bar(day(2), 9_600, 9_600, 9_600, 9_600), bar(day(3), 9_000, 9_100, 8_900, 9_000));
        ExitRules fivePercentStop = new ExitRules(50_000, 0, 0, java.util.Optional.empty(), java.util.Optional.empty());
        assertThat(run(bars, Map.of(0, ENTER_LONG, 2, ENTER_LONG), FillModel.CLOSE, fivePercentStop, null, 0)).containsExactly(
                new OrderPlaced(day(0), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(0), Side.BUY, 10_000, ExitReason.SIGNAL)),
                new OrderPlaced(day(1), new OrderIntent(Side.SELL, 10, ExitReason.STOP_LOSS)),
                new OrderFilled(fill(day(1), Side.SELL, 9_500, ExitReason.STOP_LOSS)),
                new TradeClosed(new Trade(day(0), day(1), Side.BUY, 10, 10_000, 9_500, -5_000, 0, ExitReason.STOP_LOSS, false)),
                new OrderPlaced(day(2), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(2), Side.BUY, 9_600, ExitReason.SIGNAL)),
                new OrderPlaced(day(3), new OrderIntent(Side.SELL, 10, ExitReason.STOP_LOSS)),
                new OrderFilled(fill(day(3), Side.SELL, 9_000, ExitReason.STOP_LOSS)),
                new TradeClosed(new Trade(day(2), day(3), Side.BUY, 10, 9_600, 9_000, -6_000, 0, ExitReason.STOP_LOSS, false)));
    }

    @Test
    void intradayRunsSquareOffAtTheSquareOffBarsOpenAndRefuseLateEntries() {
        List<Bar> bars = List.of(bar(at(0, 14, 55), 10_000, 10_000, 10_000, 10_000), bar(at(0, 15, 0), 10_010, 10_020, 10_000, 10_020),
                bar(at(0, 15, 10), 10_030, 10_040, 10_030, 10_040), bar(at(0, 15, 15), 10_050, 10_060, 10_040, 10_060),
                bar(at(0, 15, 20), 10_070, 10_080, 10_060, 10_080));
        ExitRules intraday = ExitRules.intraday(0, 0, 0);
        assertThat(run(bars, Map.of(0, ENTER_LONG, 2, ENTER_LONG), FillModel.NEXT_OPEN, intraday, null, 0)).containsExactly(
                new OrderPlaced(at(0, 14, 55), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(at(0, 15, 0), Side.BUY, 10_010, ExitReason.SIGNAL)),
                new OrderPlaced(at(0, 15, 15), new OrderIntent(Side.SELL, 10, ExitReason.SQUARE_OFF)),
                new OrderFilled(fill(at(0, 15, 15), Side.SELL, 10_050, ExitReason.SQUARE_OFF)),
                new TradeClosed(new Trade(at(0, 15, 0), at(0, 15, 15), Side.BUY, 10, 10_010, 10_050, 400, 0,
                        ExitReason.SQUARE_OFF, false)));
    }

    /**
     * 2450.05 with 5 bps slippage is 2451.28, off the ₹0.05 grid: the buy fills at 2451.30. The 1% stop below that,
     * 2426.78, rounds down to 2426.75 and its slipped sell, 2425.54, down to 2425.50; the 2% target, 2500.33, rounds
     * down to 2500.30 and fills there (a limit: no slippage).
     */
    @Test
    void slippedFillsStopsAndTargetsLandOnTheTickAgainstTheTrader() {
        Bar signal = bar(day(0), 245_000, 245_000, 245_000, 245_000);
        Bar entry = bar(day(1), 245_005, 245_500, 244_900, 245_200);
        List<Bar> toStop = List.of(signal, entry, bar(day(2), 244_000, 244_500, 242_000, 243_000));
        List<Bar> toTarget = List.of(signal, entry, bar(day(2), 246_000, 250_100, 245_500, 249_000));
        ExitRules stop = new ExitRules(10_000, 0, 0, java.util.Optional.empty(), java.util.Optional.empty());
        ExitRules target = new ExitRules(0, 20_000, 0, java.util.Optional.empty(), java.util.Optional.empty());

        assertThat(run(toStop, Map.of(0, ENTER_LONG), FillModel.NEXT_OPEN, stop, null, 5)).containsExactly(
                new OrderPlaced(day(0), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(1), Side.BUY, 245_130, ExitReason.SIGNAL)),
                new OrderPlaced(day(2), new OrderIntent(Side.SELL, 10, ExitReason.STOP_LOSS)),
                new OrderFilled(fill(day(2), Side.SELL, 242_550, ExitReason.STOP_LOSS)),
                new TradeClosed(new Trade(day(1), day(2), Side.BUY, 10, 245_130, 242_550, -25_800, 0, ExitReason.STOP_LOSS, false)));
        assertThat(run(toTarget, Map.of(0, ENTER_LONG), FillModel.NEXT_OPEN, target, null, 5)).containsExactly(
                new OrderPlaced(day(0), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(1), Side.BUY, 245_130, ExitReason.SIGNAL)),
                new OrderPlaced(day(2), new OrderIntent(Side.SELL, 10, ExitReason.TARGET)),
                new OrderFilled(fill(day(2), Side.SELL, 250_030, ExitReason.TARGET)),
                new TradeClosed(new Trade(day(1), day(2), Side.BUY, 10, 245_130, 250_030, 49_000, 0, ExitReason.TARGET, false)));
    }

    /** A daily bar starts at its date's midnight IST: no square-off time is reached; the day change closes it. */
    @Test
    void intradayRulesOnDailyBarsTradeEachDayFromItsOpenToItsClose() {
        Instant[] days = new Instant[3];
        for (int d = 0; d < days.length; d++) {
            days[d] = IstTime.startOfDay(DAY.plusDays(d));
        }
        List<Bar> bars = List.of(bar(days[0], 10_000, 10_000, 10_000, 10_000), bar(days[1], 10_050, 10_300, 10_000, 10_200),
                bar(days[2], 10_200, 10_400, 10_100, 10_300));
        assertThat(run(bars, Map.of(0, ENTER_LONG), FillModel.NEXT_OPEN, ExitRules.intraday(0, 0, 0), null, 0)).containsExactly(
                new OrderPlaced(days[0], new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(days[1], Side.BUY, 10_050, ExitReason.SIGNAL)),
                new OrderPlaced(days[1], new OrderIntent(Side.SELL, 10, ExitReason.SQUARE_OFF)),
                new OrderFilled(fill(days[1], Side.SELL, 10_200, ExitReason.SQUARE_OFF)),
                new TradeClosed(new Trade(days[1], days[1], Side.BUY, 10, 10_050, 10_200, 1_500, 0, ExitReason.SQUARE_OFF, false)));
    }

    @Test
    void dataEndingWithAnOpenPositionClosesItAtTheLastCloseAndExpiresThePendingOrder() {
        List<Bar> bars = List.of(bar(day(0), 10_000, 10_000, 10_000, 10_000), bar(day(1), 10_100, 10_200, 10_100, 10_200));
        Charges entryCharges = ChargesModel.bundled().charges(Segment.EQUITY_DELIVERY, Side.BUY, 10, 10_010, DAY);
        Charges exitCharges = ChargesModel.bundled().charges(Segment.EQUITY_DELIVERY, Side.SELL, 10, 10_190, DAY.plusDays(1));
        assertThat(run(bars, Map.of(0, ENTER_LONG, 1, EXIT_LONG), FillModel.CLOSE, ExitRules.NONE, Segment.EQUITY_DELIVERY, 10))
                .containsExactly(
                        new OrderPlaced(day(0), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                        new OrderFilled(new Fill(day(0), Side.BUY, 10, 10_010, ExitReason.SIGNAL, entryCharges)),
                        new OrderPlaced(day(1), new OrderIntent(Side.SELL, 10, ExitReason.SIGNAL)),
                        new OrderFilled(new Fill(day(1), Side.SELL, 10, 10_190, ExitReason.SIGNAL, exitCharges)),
                        new TradeClosed(new Trade(day(0), day(1), Side.BUY, 10, 10_010, 10_190, 1_800,
                                entryCharges.total() + exitCharges.total(), ExitReason.SIGNAL, false)));
        assertThat(run(bars, Map.of(0, ENTER_LONG, 1, EXIT_LONG), FillModel.NEXT_OPEN, ExitRules.NONE, null, 0)).containsExactly(
                new OrderPlaced(day(0), new OrderIntent(Side.BUY, 10, ExitReason.SIGNAL)),
                new OrderFilled(fill(day(1), Side.BUY, 10_100, ExitReason.SIGNAL)),
                new OrderPlaced(day(1), new OrderIntent(Side.SELL, 10, ExitReason.SIGNAL)),
                new OrderExpired(day(1), new OrderIntent(Side.SELL, 10, ExitReason.SIGNAL)),
                new OrderPlaced(day(1), new OrderIntent(Side.SELL, 10, ExitReason.END_OF_DATA)),
                new OrderFilled(fill(day(1), Side.SELL, 10_200, ExitReason.END_OF_DATA)),
                new TradeClosed(new Trade(day(1), day(1), Side.BUY, 10, 10_100, 10_200, 1_000, 0, ExitReason.END_OF_DATA, true)));
    }
}
