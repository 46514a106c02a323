package com.algotrading.common.orders;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTest {

    @Test
    void averagePriceAccountingForLongAndShort() {
        Position longTwoBuys = Position.FLAT.apply(Side.BUY, 10, 1_000).apply(Side.BUY, 10, 1_100);
        assertThat(longTwoBuys).isEqualTo(new Position(20, 21_000, 0));
        Position halfSold = longTwoBuys.apply(Side.SELL, 10, 1_200);
        assertThat(halfSold).isEqualTo(new Position(10, 10_500, 1_500));
        assertThat(halfSold.unrealised(1_000)).isEqualTo(-500);

        Position shortCovered = Position.FLAT.apply(Side.SELL, 5, 2_000).apply(Side.BUY, 5, 1_900);
        assertThat(shortCovered).isEqualTo(new Position(0, 0, 500));
    }

    @Test
    void aFillLargerThanThePositionReversesIt() {
        Position reversed = Position.FLAT.apply(Side.BUY, 10, 1_000).apply(Side.SELL, 15, 1_100);
        assertThat(reversed).isEqualTo(new Position(-5, -5_500, 1_000));
    }

    /** Once flat again, realised P&L is exactly the cash the fills moved: no paisa is created or lost by averaging. */
    @Property
    void flatPositionRealisesExactlyTheCashFlow(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 1_000) Integer> quantities,
                                                @ForAll @Size(min = 21, max = 21) List<@LongRange(min = 5, max = 10_000_000) Long> prices,
                                                @ForAll boolean startShort) {
        Side open = startShort ? Side.SELL : Side.BUY;
        Position position = Position.FLAT;
        long cash = 0;
        for (int i = 0; i < quantities.size(); i++) {
            Side side = i % 3 == 2 ? open.opposite() : open;
            long quantity = side == open ? quantities.get(i) : Math.min(quantities.get(i), Math.abs(position.quantity()));
            if (quantity == 0) {
                continue;
            }
            position = position.apply(side, quantity, prices.get(i));
            cash -= side.sign() * quantity * prices.get(i);
        }
        long closing = Math.abs(position.quantity());
        if (closing > 0) {
            Side side = position.quantity() > 0 ? Side.SELL : Side.BUY;
            cash -= side.sign() * closing * prices.get(20);
            position = position.apply(side, closing, prices.get(20));
        }
        assertThat(position.isFlat()).isTrue();
        assertThat(position.cost()).isZero();
        assertThat(position.realised()).isEqualTo(cash);
    }
}
