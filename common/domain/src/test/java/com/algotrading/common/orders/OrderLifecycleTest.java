package com.algotrading.common.orders;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderEvent.OrderCancelled;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderEvent.OrderInDoubt;
import com.algotrading.common.orders.OrderEvent.OrderOpened;
import com.algotrading.common.orders.OrderEvent.OrderRejected;
import com.algotrading.common.orders.OrderEvent.OrderSent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole event sequences through the state machine: the statuses they lead to, and the ones it refuses. */
class OrderLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");
    private static final OrderId ID = new OrderId("0b7c6a1e-6d0f-4c39-9a43-2f1b8f6f0d11");
    private static final Order NEW = Order.create(ID, new ClientOrderId("ABC123"),
            OrderRequest.market(Symbol.parse("NSE:RELIANCE-EQ"), Side.BUY, 10, Product.INTRADAY, OrderOrigin.API,
                    Optional.empty()), false, T0);

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }

    /** Applies the events in turn and records the status after each, or "refused: why". */
    private static List<String> run(OrderEvent... events) {
        List<String> seen = new ArrayList<>();
        Order order = NEW;
        for (OrderEvent event : events) {
            switch (OrderLifecycle.apply(order, event)) {
                case Transition.Applied applied -> {
                    order = applied.after();
                    seen.add(order.status() + " " + order.filledQuantity() + "@" + order.averagePrice().orElse(0L));
                }
                case Transition.Refused refused -> seen.add("refused: " + refused.reason());
            }
        }
        return seen;
    }

    @Test
    void sentOpenedAndFilledInTwoParts() {
        assertThat(run(new OrderSent(ID, at(1), "B1"), new OrderOpened(ID, at(2)),
                new OrderFilled(ID, at(3), "T1", 4, 245_005), new OrderFilled(ID, at(4), "T2", 6, 245_010)))
                .containsExactly("SENT 0@0", "OPEN 0@0", "PARTIALLY_FILLED 4@245005", "FILLED 10@245008");
    }

    @Test
    void anAmbiguousAnswerIsUnknownUntilTheBrokersBooksSettleIt() {
        assertThat(run(new OrderInDoubt(ID, at(1), "timeout"), new OrderOpened(ID, at(5)),
                new OrderFilled(ID, at(6), "T1", 10, 245_000)))
                .containsExactly("UNKNOWN 0@0", "OPEN 0@0", "FILLED 10@245000");
    }

    @Test
    void terminalStatusesTakeNothingMore() {
        assertThat(run(new OrderSent(ID, at(1), "B1"), new OrderCancelled(ID, at(2), "by trader"),
                new OrderFilled(ID, at(3), "T1", 10, 245_000), new OrderOpened(ID, at(4))))
                .containsExactly("SENT 0@0", "CANCELLED 0@0",
                        "refused: order " + ID + " cannot go from CANCELLED to FILLED",
                        "refused: order " + ID + " cannot go from CANCELLED to OPEN");
    }

    @Test
    void moreFilledThanOrderedIsRefused() {
        assertThat(run(new OrderSent(ID, at(1), "B1"), new OrderFilled(ID, at(2), "T1", 8, 100),
                new OrderFilled(ID, at(3), "T2", 3, 100)))
                .containsExactly("SENT 0@0", "PARTIALLY_FILLED 8@100",
                        "refused: fill of 3 would take order " + ID + " to 11 of 10");
    }

    @Test
    void aRejectionKeepsTheBrokersWords() {
        Order order = NEW;
        for (OrderEvent event : List.<OrderEvent>of(new OrderSent(ID, at(1), "B1"),
                new OrderRejected(ID, at(2), "RMS:Margin Exceeds"))) {
            order = ((Transition.Applied) OrderLifecycle.apply(order, event)).after();
        }
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.reason()).contains("RMS:Margin Exceeds");
        assertThat(order.brokerOrderId()).contains("B1");
        assertThat(order.updatedAt()).isEqualTo(at(2));
    }

    @Test
    void aNewOrderCannotOpenBeforeItIsSent() {
        assertThat(run(new OrderOpened(ID, at(1)))).containsExactly("refused: order " + ID + " cannot go from NEW to OPEN");
    }

    @Test
    void clientOrderIdsAreNineteenLettersOrDigitsAndSortByTime() {
        java.util.Random random = new java.util.Random(7);
        ClientOrderId first = ClientOrderId.generate(T0, random);
        ClientOrderId later = ClientOrderId.generate(T0.plusMillis(1), random);
        assertThat(first.value()).hasSize(19).matches("[A-Za-z0-9]+");
        assertThat(later.value().substring(0, 8)).isGreaterThan(first.value().substring(0, 8));
    }
}
