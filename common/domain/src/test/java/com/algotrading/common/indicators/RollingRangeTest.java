package com.algotrading.common.indicators;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RollingRangeTest {

    @Property
    void holdsTheHighestHighAndLowestLowOfTheWindowEndingAtEachBar(
            @ForAll @IntRange(min = 1, max = 30) int window,
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 1, max = 1_000_000) Long> prices) {
        RollingRange range = new RollingRange(window);
        for (int i = 0; i < prices.size(); i++) {
            long price = prices.get(i);
            range.push(price + 7, price);
            List<Long> seen = prices.subList(Math.max(0, i - window + 1), i + 1);
            assertThat(range.highest()).isEqualTo(seen.stream().mapToLong(p -> p + 7).max().orElseThrow());
            assertThat(range.lowest()).isEqualTo(seen.stream().mapToLong(Long::longValue).min().orElseThrow());
        }
    }
}
