package com.algotrading.trading.orders;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent;
import com.algotrading.common.orders.OrderEvent.OrderCancelled;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderEvent.OrderOpened;
import com.algotrading.common.orders.OrderEvent.OrderRejected;
import com.algotrading.common.orders.OrderEvent.OrderSent;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.OrderLifecycle;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.orders.Transition;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The events that bring our order in line with the broker's books, for each way the two can differ. */
class OrderSettlementTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");
    private static final Instant NOW = T0.plusSeconds(90);
    private static final OrderId ID = new OrderId("0b7c6a1e-6d0f-4c39-9a43-2f1b8f6f0d11");
    private static final ClientOrderId CID = new ClientOrderId("AT1");
    private static final Order NEW = Order.create(ID, CID, OrderRequest.market(Symbol.parse("NSE:TCS-EQ"), Side.BUY, 10,
            Product.INTRADAY, OrderOrigin.API, Optional.empty()), false, T0);

    private static BrokerOrderState broker(BrokerOrderStatus status, BrokerFill... fills) {
        return new BrokerOrderState(Optional.of(CID), "B1", status, List.of(fills), Optional.of("their words"), NOW);
    }

    private static BrokerFill fill(String id, long quantity) {
        return new BrokerFill(id, quantity, 400_000, NOW);
    }

    private static Order after(Order order, OrderEvent... events) {
        Order current = order;
        for (OrderEvent event : events) {
            current = ((Transition.Applied) OrderLifecycle.apply(current, event)).after();
        }
        return current;
    }

    @Test
    void anOrderInDoubtThatTheBrokerFilledIsSentAndFilled() {
        Order unknown = after(NEW, new OrderEvent.OrderInDoubt(ID, T0, "timeout"));
        assertThat(OrderSettlement.events(unknown, Set.of(), Optional.of(broker(BrokerOrderStatus.FILLED, fill("T1", 10))),
                NOW, Duration.ZERO)).containsExactly(new OrderSent(ID, NOW, "B1"),
                new OrderFilled(ID, NOW, "T1", 10, 400_000));
    }

    @Test
    void anUpdateSeenTwiceYieldsNothingTheSecondTime() {
        Order partly = after(NEW, new OrderSent(ID, T0, "B1"), new OrderFilled(ID, T0, "T1", 4, 400_000));
        assertThat(OrderSettlement.events(partly, Set.of("T1"),
                Optional.of(broker(BrokerOrderStatus.OPEN, fill("T1", 4))), NOW, Duration.ZERO)).isEmpty();
        assertThat(OrderSettlement.events(partly, Set.of("T1"),
                Optional.of(broker(BrokerOrderStatus.FILLED, fill("T1", 4), fill("T2", 6))), NOW, Duration.ZERO))
                .containsExactly(new OrderFilled(ID, NOW, "T2", 6, 400_000));
    }

    @Test
    void anOpenOrderAtTheBrokerOpensOursAndACancelOrRejectionCarriesTheirWords() {
        Order sent = after(NEW, new OrderSent(ID, T0, "B1"));
        assertThat(OrderSettlement.events(sent, Set.of(), Optional.of(broker(BrokerOrderStatus.OPEN)), NOW, Duration.ZERO))
                .containsExactly(new OrderOpened(ID, NOW));
        assertThat(OrderSettlement.events(sent, Set.of(), Optional.of(broker(BrokerOrderStatus.CANCELLED, fill("T1", 3))),
                NOW, Duration.ZERO)).containsExactly(new OrderFilled(ID, NOW, "T1", 3, 400_000),
                new OrderCancelled(ID, NOW, "their words"));
        assertThat(OrderSettlement.events(sent, Set.of(), Optional.of(broker(BrokerOrderStatus.REJECTED)), NOW,
                Duration.ZERO)).containsExactly(new OrderRejected(ID, NOW, "their words"));
    }

    @Test
    void anOrderTheBrokerNeverSawIsRejectedOnlyOnceItsAnswerCanNoLongerBeOnItsWay() {
        Order unknown = after(NEW, new OrderEvent.OrderInDoubt(ID, T0, "timeout"));
        assertThat(OrderSettlement.events(unknown, Set.of(), Optional.empty(), NOW, Duration.ofMinutes(2))).isEmpty();
        assertThat(OrderSettlement.events(unknown, Set.of(), Optional.empty(), NOW, Duration.ofSeconds(90)))
                .containsExactly(new OrderRejected(ID, NOW, "not placed: the broker has no such order"));
        Order open = after(NEW, new OrderSent(ID, T0, "B1"), new OrderOpened(ID, T0));
        assertThat(OrderSettlement.events(open, Set.of(), Optional.empty(), NOW, Duration.ZERO))
                .as("an acknowledged order missing from the books is not ours to reject").isEmpty();
    }

    @Test
    void aTerminalOrderIsLeftAsItIs() {
        Order filled = after(NEW, new OrderSent(ID, T0, "B1"), new OrderFilled(ID, T0, "T1", 10, 400_000));
        assertThat(OrderSettlement.events(filled, Set.of("T1"), Optional.of(broker(BrokerOrderStatus.CANCELLED)), NOW,
                Duration.ZERO)).isEmpty();
    }
}
