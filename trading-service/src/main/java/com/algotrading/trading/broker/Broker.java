package com.algotrading.trading.broker;

import com.algotrading.common.orders.ClientOrderId;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port every broker adapter implements — the paper broker and Angel One alike — so the order manager never knows
 * which one it talks to. Calls that ask (find, order book, positions, funds) throw {@link BrokerUnavailableException}
 * when the broker cannot answer; calls that act (place, cancel) answer with an outcome instead, because an ambiguous
 * answer there is data the order manager must record, not an error.
 */
public interface Broker {

    /** {@code paper} or {@code angelone}: shown in readiness and the audit log. */
    String name();

    /** Sends a new order. Never retried by the caller: an ambiguous outcome is settled by {@link #find}. */
    PlaceOutcome place(BrokerOrder order);

    CancelOutcome cancel(ClientOrderId clientOrderId, Optional<String> brokerOrderId);

    /** The broker's view of one of our orders, found by our id; empty when the broker has never seen it. */
    Optional<BrokerOrderState> find(ClientOrderId clientOrderId);

    /** Today's orders at the broker, ours and any placed outside the platform. */
    List<BrokerOrderState> orderBook();

    List<BrokerPosition> positions();

    BrokerFunds funds();

    /**
     * How long after sending an order the broker may still not list it: an order it has not seen for longer was
     * never placed. Angel One's books can lag an answer by seconds; the paper broker's cannot.
     */
    default Duration answerDelay() {
        return Duration.ofSeconds(60);
    }

    /** Where the broker pushes order updates (fills, cancels, rejections) as they happen. */
    void onUpdate(Consumer<BrokerOrderState> listener);

    /** Starts pushing updates (the leader only): matching for the paper broker, the update socket for Angel One. */
    void start();

    void stop();
}
