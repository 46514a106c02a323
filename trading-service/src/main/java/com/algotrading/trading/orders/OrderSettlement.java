package com.algotrading.trading.orders;

import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent;
import com.algotrading.common.orders.OrderEvent.OrderCancelled;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderEvent.OrderOpened;
import com.algotrading.common.orders.OrderEvent.OrderRejected;
import com.algotrading.common.orders.OrderEvent.OrderSent;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What brings our record of an order in line with the broker's: the events that, applied in turn, turn ours into
 * theirs. The same for a pushed update, a poll and reconciliation, so an update seen twice (socket and poll) yields
 * nothing the second time. The broker's books are the truth; ours never overrule them.
 */
final class OrderSettlement {

    private OrderSettlement() {
    }

    /**
     * @param knownTradeIds  the fills of this order already recorded
     * @param theirs         the broker's view; empty when the broker has never seen the order
     * @param notFoundGrace  how long an order the broker has never seen may stay in doubt before it counts as never
     *                       placed (an answer may still be on its way)
     */
    static List<OrderEvent> events(Order ours, Set<String> knownTradeIds, Optional<BrokerOrderState> theirs, Instant now,
                                   Duration notFoundGrace) {
        if (ours.status().isTerminal()) {
            return List.of();
        }
        if (theirs.isEmpty()) {
            boolean neverSent = ours.status() == OrderStatus.NEW || ours.status() == OrderStatus.UNKNOWN;
            if (neverSent && !ours.updatedAt().plus(notFoundGrace).isAfter(now)) {
                return List.of(new OrderRejected(ours.id(), now, "not placed: the broker has no such order"));
            }
            return List.of();
        }
        BrokerOrderState broker = theirs.get();
        List<OrderEvent> events = new ArrayList<>();
        OrderStatus status = ours.status();
        if (status == OrderStatus.NEW || status == OrderStatus.UNKNOWN) {
            events.add(new OrderSent(ours.id(), now, broker.brokerOrderId()));
            status = OrderStatus.SENT;
        }
        List<BrokerFill> newFills = broker.fills().stream().filter(fill -> !knownTradeIds.contains(fill.tradeId())).toList();
        if (status == OrderStatus.SENT && newFills.isEmpty() && broker.status() == BrokerOrderStatus.OPEN) {
            events.add(new OrderOpened(ours.id(), broker.updatedAt()));
        }
        for (BrokerFill fill : newFills) {
            events.add(new OrderFilled(ours.id(), fill.time(), fill.tradeId(), fill.quantity(), fill.price()));
        }
        switch (broker.status()) {
            case CANCELLED -> events.add(new OrderCancelled(ours.id(), broker.updatedAt(),
                    broker.reason().orElse("cancelled at the broker")));
            case REJECTED -> events.add(new OrderRejected(ours.id(), broker.updatedAt(),
                    broker.reason().orElse("rejected by the broker")));
            case PENDING, OPEN, FILLED -> {
                // fills carry a filled order to FILLED; pending and open need nothing more
            }
        }
        return events;
    }
}
