package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The price index wakes exactly the orders matching acts on, oldest first, and keeps its totals as orders come and go. */
class OpenOrdersTest {

    private static final Symbol TCS = Symbol.parse("NSE:TCS-EQ");
    private static final Symbol INFY = Symbol.parse("NSE:INFY-EQ");
    private static final PaperMatching MATCHING = new PaperMatching(0);

    private static PaperOrder order(int n, Symbol symbol, Side side, OrderType type, Long price, Long trigger) {
        return new PaperOrder(new ClientOrderId("C" + n), "P" + n, symbol, side, 1 + n % 5, type,
                Optional.ofNullable(price), Optional.ofNullable(trigger), Product.INTRADAY, false, Instant.EPOCH);
    }

    @Test
    void aTickWakesExactlyTheOrdersMatchingWouldFillOrTriggerOldestFirst() {
        Random random = new Random(7);
        OpenOrders open = new OpenOrders();
        List<PaperOrder> all = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            PaperOrder order = randomOrder(n, random);
            open.add(order, 0);
            all.add(order);
        }
        for (int i = 0; i < 50; i++) {
            PaperOrder triggered = all.get(random.nextInt(all.size()));
            if (triggered.type().needsTrigger() && !triggered.triggered()) {
                all.set(all.indexOf(triggered), triggered.triggeredNow());
                open.update(triggered.triggeredNow());
            }
        }
        for (int i = 0; i < 300; i++) {
            Symbol symbol = random.nextBoolean() ? TCS : INFY;
            long last = 9_000 + 5L * random.nextInt(400);
            List<PaperOrder> acted = all.stream().filter(order -> order.symbol().equals(symbol))
                    .filter(order -> !(MATCHING.match(order, last, TickSize.EQUITY) instanceof PaperMatching.NoMatch))
                    .toList();

            assertThat(open.wokenBy(symbol, last)).as("woken by %s at %d", symbol, last).containsExactlyElementsOf(acted);
        }
    }

    @Test
    void removingAnOrderTakesItOutOfEveryIndexAndTotal() {
        OpenOrders open = new OpenOrders();
        PaperOrder buy = order(1, TCS, Side.BUY, OrderType.LIMIT, 10_000L, null);
        PaperOrder sell = order(2, TCS, Side.SELL, OrderType.SL, 9_500L, 9_600L);
        open.add(buy, 700);
        open.add(sell, 300);
        assertThat(open.margin()).isEqualTo(1_000);
        assertThat(open.pendingSales(new PositionKey(TCS, Product.INTRADAY))).isEqualTo(sell.quantity());

        assertThat(open.remove(sell.clientOrderId())).contains(sell);
        assertThat(open.remove(sell.clientOrderId())).isEmpty();

        assertThat(open.wokenBy(TCS, 9_000)).containsExactly(buy);
        assertThat(open.margin()).isEqualTo(700);
        assertThat(open.pendingSales(new PositionKey(TCS, Product.INTRADAY))).isZero();
        open.remove(buy.clientOrderId());
        assertThat(open.size()).isZero();
        assertThat(open.wokenBy(TCS, 9_000)).isEmpty();
    }

    private static PaperOrder randomOrder(int n, Random random) {
        Symbol symbol = random.nextBoolean() ? TCS : INFY;
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        long price = 9_000 + 5L * random.nextInt(400);
        long trigger = 9_000 + 5L * random.nextInt(400);
        return switch (random.nextInt(4)) {
            case 0 -> order(n, symbol, side, OrderType.MARKET, null, null);
            case 1 -> order(n, symbol, side, OrderType.LIMIT, price, null);
            case 2 -> order(n, symbol, side, OrderType.SL, price, trigger);
            default -> order(n, symbol, side, OrderType.SL_M, null, trigger);
        };
    }
}
