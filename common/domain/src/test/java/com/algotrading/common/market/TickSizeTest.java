package com.algotrading.common.market;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

class TickSizeTest {

    @Property
    void roundsOntoTheGridTowardsTheSideThatCostsTheTraderMore(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long price,
                                                               @ForAll @LongRange(min = 1, max = 500) long tickPaise) {
        TickSize tick = new TickSize(tickPaise);
        long up = tick.worseForBuyer(price);
        long down = tick.worseForSeller(price);

        assertThat(tick.contains(up)).isTrue();
        assertThat(tick.contains(down)).isTrue();
        assertThat(up).isBetween(price, price + tickPaise - 1);
        assertThat(down).isBetween(price - tickPaise + 1, price);
    }

    @Example
    void slippedEquityPricesLandOnFivePaise() {
        // 2450.05 with 5 bps of slippage is 2451.275: a buy pays 2451.30, a sell receives 2451.25.
        assertThat(TickSize.EQUITY.worseForBuyer(245_128)).isEqualTo(245_130);
        assertThat(TickSize.EQUITY.worseForSeller(245_127)).isEqualTo(245_125);
        assertThat(TickSize.EQUITY.worseForBuyer(245_130)).isEqualTo(245_130);
        assertThat(TickSize.EQUITY.contains(245_005)).isTrue();
        assertThat(TickSize.EQUITY.contains(245_006)).isFalse();
    }
}
