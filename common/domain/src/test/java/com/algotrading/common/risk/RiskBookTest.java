package com.algotrading.common.risk;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RiskBookTest {

    private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");
    private static final Symbol TCS = Symbol.parse("NSE:TCS-EQ");
    private static final PositionKey KEY = new PositionKey(TCS, Product.INTRADAY);

    private static OrderCheck order(Side side, long quantity) {
        return new OrderCheck(TCS, Product.INTRADAY, side, quantity, 400_000, Optional.empty(), 400_000, OrderOrigin.API);
    }

    private final RiskBook book = new RiskBook();

    @Test
    void aSellReducesALongOnlyAsFarAsThePendingSellsLeaveRoom() {
        book.setPosition(KEY, 10);
        assertThat(book.assess(order(Side.SELL, 10)).reduces()).isTrue();

        book.reserve(OrderId.random(), order(Side.SELL, 6), true, NOW);

        assertThat(book.assess(order(Side.SELL, 4)).reduces()).isTrue();
        assertThat(book.assess(order(Side.SELL, 5)).reduces()).as("would reverse once the pending sell fills").isFalse();
        assertThat(book.assess(order(Side.BUY, 1)).reduces()).isFalse();
    }

    @Test
    void pendingOrdersCountTowardsPositionValueAndOpenPositions() {
        book.reserve(OrderId.random(), order(Side.BUY, 5), false, NOW);

        Exposure next = book.assess(order(Side.BUY, 5));

        assertThat(next.valueAfter()).isEqualTo(10 * 400_000L);
        assertThat(next.opensPosition()).isFalse();
        assertThat(next.openPositions()).isEqualTo(1);
    }

    @Test
    void onlyOrdersThatAddToAPositionAreCountedAndAReleaseUndoesTheCount() {
        OrderId adds = OrderId.random();
        book.reserve(adds, order(Side.BUY, 5), false, NOW);
        book.reserve(OrderId.random(), order(Side.SELL, 5), true, NOW);
        assertThat(book.tradesToday(NOW)).isEqualTo(1);

        book.release(adds, NOW);

        assertThat(book.tradesToday(NOW)).isZero();
    }

    @Test
    void fillsMovePendingQuantityIntoThePositionAndAFinishedOrderStaysCounted() {
        OrderId id = OrderId.random();
        book.reserve(id, order(Side.BUY, 10), false, NOW);

        book.filled(id, KEY, Side.BUY, 4);
        assertThat(book.position(KEY)).isEqualTo(4);
        assertThat(book.assess(order(Side.BUY, 1)).valueAfter()).isEqualTo(11 * 400_000L);

        book.finished(id);
        assertThat(book.assess(order(Side.BUY, 1)).valueAfter()).isEqualTo(5 * 400_000L);
        assertThat(book.tradesToday(NOW)).isEqualTo(1);
    }

    @Test
    void theCountStartsAgainOnTheNextIstDay() {
        book.startDay(NOW, 7);
        assertThat(book.tradesToday(NOW)).isEqualTo(7);
        // 18:30 UTC is midnight IST.
        assertThat(book.tradesToday(Instant.parse("2026-03-02T18:29:59Z"))).isEqualTo(7);
        assertThat(book.tradesToday(Instant.parse("2026-03-02T18:30:00Z"))).isZero();
    }

    @Test
    void theRateWindowIsTheLastSecond() {
        for (int i = 0; i < 3; i++) {
            book.reserve(OrderId.random(), order(Side.BUY, 1), false, NOW.plusMillis(i * 400L));
        }
        assertThat(book.ordersInLastSecond(NOW.plusMillis(800))).isEqualTo(3);
        assertThat(book.ordersInLastSecond(NOW.plusMillis(1_000))).isEqualTo(2);
    }
}
