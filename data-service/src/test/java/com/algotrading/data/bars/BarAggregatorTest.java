package com.algotrading.data.bars;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Tick;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarAggregatorTest {

    private static final InstrumentToken RELIANCE = new InstrumentToken("2885");
    private static final InstrumentToken TCS = new InstrumentToken("11536");
    private static final Instant T0 = Instant.parse("2025-01-02T03:45:00Z");

    private final List<ClosedBar> closed = new ArrayList<>();
    private final BarAggregator aggregator = new BarAggregator(Duration.ofSeconds(2), closed::add);

    @Test
    void closesABarWhenTheNextMinuteTicksWithVolumeFromCumulativeDeltas() {
        tick(RELIANCE, 0, 1000, 10, 5_000);
        tick(RELIANCE, 20, 1010, 5, 5_040);
        tick(RELIANCE, 40, 995, 5, 5_100);
        tick(RELIANCE, 59, 1005, 5, 5_130);
        tick(RELIANCE, 60, 1007, 7, 5_137);

        assertThat(closed).containsExactly(
                new ClosedBar(Exchange.NSE, RELIANCE, new Bar(T0, 1000, 1010, 995, 1005, 10 + 40 + 60 + 30)));
    }

    @Test
    void closesAQuietBarAfterTheGracePeriodWithoutAnotherTick() {
        tick(RELIANCE, 5, 1000, 3, 3);

        aggregator.closeDue(T0.plusSeconds(61));
        assertThat(closed).isEmpty();
        aggregator.closeDue(T0.plusSeconds(62));
        assertThat(closed).containsExactly(new ClosedBar(Exchange.NSE, RELIANCE, new Bar(T0, 1000, 1000, 1000, 1000, 3)));
    }

    @Test
    void aMinuteWithoutTradesMakesNoBar() {
        tick(RELIANCE, 0, 1000, 1, 1);
        tick(RELIANCE, 125, 1001, 1, 2);
        aggregator.closeDue(T0.plusSeconds(200));

        assertThat(closed).extracting(bar -> bar.bar().start()).containsExactly(T0, T0.plusSeconds(120));
    }

    @Test
    void keepsInstrumentsApart() {
        tick(RELIANCE, 0, 1000, 1, 1);
        tick(TCS, 10, 3000, 2, 2);
        aggregator.closeDue(T0.plusSeconds(62));

        assertThat(closed).extracting(ClosedBar::token).containsExactlyInAnyOrder(RELIANCE, TCS);
    }

    @Test
    void aLateTickAddsVolumeToTheOpenBarButNotItsPriceAndIsDroppedOnceThatMinuteClosed() {
        tick(RELIANCE, 0, 1000, 1, 1);
        tick(RELIANCE, 61, 1002, 1, 2);
        tick(RELIANCE, 59, 900, 3, 5);
        aggregator.closeDue(T0.plusSeconds(130));
        tick(RELIANCE, 119, 1100, 1, 6);

        assertThat(closed).extracting(ClosedBar::bar).containsExactly(
                new Bar(T0, 1000, 1000, 1000, 1000, 1),
                new Bar(T0.plusSeconds(60), 1002, 1002, 1002, 1002, 1 + 3));
        assertThat(aggregator.lateTicksDropped()).isEqualTo(1);
    }

    @Test
    void theFirstTickAndADayRestartCountTheirOwnQuantity() {
        tick(RELIANCE, 0, 1000, 4, 1_000_000);
        tick(RELIANCE, 60, 1000, 6, 6);
        aggregator.closeDue(T0.plusSeconds(200));

        assertThat(closed).extracting(bar -> bar.bar().volume()).containsExactly(4L, 6L);
    }

    private void tick(InstrumentToken token, int second, long price, long quantity, long volumeToday) {
        aggregator.onTick(new Tick(Exchange.NSE, token, T0.plusSeconds(second), price, quantity, volumeToday));
    }
}
