package com.algotrading.trading.reconciliation;

import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerFunds;
import com.algotrading.trading.broker.BrokerOrder;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerPosition;
import com.algotrading.trading.broker.CancelOutcome;
import com.algotrading.trading.broker.PlaceOutcome;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A broker whose answer to a new order is lost: UNKNOWN, never sent again, settled from the broker's books — the
 * order the broker kept becomes what the broker says, the one it never got is rejected as never placed. And a position
 * that differs at the broker is corrected from the broker's side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "RECONCILE_INTERVAL_SECONDS=1")
class AmbiguousAnswerIT extends TradingServiceTest {

    /**
     * What the next placement does: answer normally, lose the answer after placing, lose the request, or be slow
     * enough that a reconciliation round runs before the broker has the order.
     */
    enum Next { NORMAL, PLACE_THEN_TIME_OUT, TIME_OUT_WITHOUT_PLACING, RECONCILED_BEFORE_IT_ARRIVES }

    static final AtomicReference<Next> NEXT = new AtomicReference<>(Next.NORMAL);
    static final AtomicReference<Runnable> MEANWHILE = new AtomicReference<>(() -> { });

    @TestConfiguration
    static class LossyNetwork {
        @Bean
        @Primary
        Broker lossyBroker(@Qualifier("broker") Broker paper) {
            return new Broker() {
                @Override
                public String name() {
                    return paper.name();
                }

                @Override
                public Duration answerDelay() {
                    return paper.answerDelay();
                }

                @Override
                public PlaceOutcome place(BrokerOrder order) {
                    return switch (NEXT.getAndSet(Next.NORMAL)) {
                        case NORMAL -> paper.place(order);
                        case PLACE_THEN_TIME_OUT -> {
                            paper.place(order);
                            yield new PlaceOutcome.Ambiguous("read timed out after 10 s");
                        }
                        case TIME_OUT_WITHOUT_PLACING -> new PlaceOutcome.Ambiguous("connection reset");
                        case RECONCILED_BEFORE_IT_ARRIVES -> {
                            MEANWHILE.get().run();
                            yield paper.place(order);
                        }
                    };
                }

                @Override
                public CancelOutcome cancel(ClientOrderId id, Optional<String> brokerOrderId) {
                    return paper.cancel(id, brokerOrderId);
                }

                @Override
                public Optional<BrokerOrderState> find(ClientOrderId id) {
                    return paper.find(id);
                }

                @Override
                public List<BrokerOrderState> orderBook() {
                    return paper.orderBook();
                }

                @Override
                public List<BrokerPosition> positions() {
                    return paper.positions();
                }

                @Override
                public BrokerFunds funds() {
                    return paper.funds();
                }

                @Override
                public void onUpdate(Consumer<BrokerOrderState> listener) {
                    paper.onUpdate(listener);
                }

                @Override
                public void start() {
                    paper.start();
                }

                @Override
                public void stop() {
                    paper.stop();
                }
            };
        }
    }

    @Autowired
    private Reconciler reconciler;

    private String status(String id) {
        return api.get("/api/v1/orders/" + id).body().path("status").asString();
    }

    @Test
    void reconciliationLeavesAnOrderOnItsWayToTheBrokerToItsAnswerInsteadOfRejectingItAsNeverPlaced() {
        tick("NSE:SBIN-EQ", "800.00");
        List<Reconciler.Outcome> rounds = new java.util.concurrent.CopyOnWriteArrayList<>();
        MEANWHILE.set(() -> rounds.add(reconciler.reconcile()));
        NEXT.set(Next.RECONCILED_BEFORE_IT_ARRIVES);

        Answer placed = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 3, "LIMIT", "780.00"));

        assertThat(rounds).as("a round ran while the order was NEW and not yet at the broker").hasSize(1);
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().path("status").asString()).isEqualTo("OPEN");
        reconciler.reconcile();
        assertThat(status(placed.body().path("id").asString())).isEqualTo("OPEN");
        api.delete("/api/v1/orders/" + placed.body().path("id").asString());
    }

    @Test
    void anOrderWhoseAnswerWasLostIsUnknownThenSettledFromTheBrokersBooksAndNeverSentAgain() {
        tick("NSE:SBIN-EQ", "800.00");
        NEXT.set(Next.PLACE_THEN_TIME_OUT);

        Answer kept = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 5, "LIMIT", "790.00"));

        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.body().path("status").asString()).isEqualTo("UNKNOWN");
        String id = kept.body().path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "OPEN".equals(status(id)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM paper_orders WHERE client_order_id = ?", Integer.class,
                kept.body().path("clientOrderId").asString())).isEqualTo(1);

        NEXT.set(Next.TIME_OUT_WITHOUT_PLACING);
        Answer lost = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 5, "LIMIT", "790.00"));
        String lostId = lost.body().path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "REJECTED".equals(status(lostId)));
        assertThat(api.get("/api/v1/orders/" + lostId).body().path("reason").asString()).contains("not placed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM paper_orders WHERE client_order_id = ?", Integer.class,
                lost.body().path("clientOrderId").asString())).isZero();
    }

    @Test
    void aPositionThatDiffersAtTheBrokerIsCorrectedFromTheBrokersSideAndAudited() {
        jdbc.update("INSERT INTO paper_positions (symbol, product, quantity, cost, realised) VALUES"
                + " ('NSE:TCS-EQ', 'DELIVERY', 4, 1600000, 0)");

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT count(*) FROM positions"
                + " WHERE symbol = 'NSE:TCS-EQ' AND product = 'DELIVERY' AND quantity = 4", Integer.class) == 1);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'reconciliation.position-corrected'",
                Integer.class)).isEqualTo(1);
        assertThat(reconciler.reconcile().positionsCorrected()).as("corrected once, then in agreement").isZero();
    }
}
