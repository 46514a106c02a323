package com.algotrading.trading.observability;

import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.risk.RiskGate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * {@code Orders} by the status an order reached, {@code OrderRejections} (the broker's, not risk's),
 * {@code RiskDenials} by rule, {@code TradingHalted}, {@code DayPnl} (rupees), {@code OpenPositions},
 * {@code BrokerCallLatency} and {@code BarToOrderLatency}. Orders are followed through the desk's listener of committed
 * changes, denials through their audit entries.
 *
 * <p>The latencies are read off the order: a place call's is from the order's creation to the broker's
 * acknowledgement (the change to {@code SENT}, or the rejection); a strategy order's bar-to-order latency is from the
 * close of the minute bar it acted on (the minute boundary before it was created: strategies decide on the bar just
 * closed) to its creation.
 */
@Component
class TradingMeters {

    static final String DENIED = "risk.denied";

    private final MeterRegistry meters;
    private final ObjectMapper json;
    private final Counter rejections;
    private final Timer placeLatency;
    private final Timer barToOrder;

    TradingMeters(MeterRegistry meters, OrderDesk desk, RiskGate risk, PositionBook positions, ObjectMapper json) {
        this.meters = meters;
        this.json = json;
        this.rejections = Counter.builder("OrderRejections").description("orders the broker rejected").register(meters);
        this.placeLatency = Timer.builder("BrokerCallLatency").tag("call", "place")
                .description("from an order's creation to the broker's answer").register(meters);
        this.barToOrder = Timer.builder("BarToOrderLatency")
                .description("from the close of the bar a strategy acted on to its order").register(meters);
        Gauge.builder("TradingHalted", risk, gate -> gate.halted() ? 1 : 0)
                .description("1 while the kill switch or a platform halt stops new entries").register(meters);
        Gauge.builder("DayPnl", risk, gate -> gate.view().dailyPnl() / 100.0).baseUnit("rupees")
                .description("the day's net P&L").register(meters);
        Gauge.builder("OpenPositions", positions, book -> book.all().stream()
                        .filter(holding -> holding.position().quantity() != 0).count())
                .description("positions not flat").register(meters);
        // the desk's listener hears every change after an order was written NEW, so NEW itself has no series
        for (OrderStatus status : OrderStatus.values()) {
            if (status != OrderStatus.NEW) {
                orders(status);
            }
        }
        desk.addListener((order, fill) -> changed(order));
    }

    private Counter orders(OrderStatus status) {
        return Counter.builder("Orders").tag("status", status.name()).description("orders that reached a status")
                .register(meters);
    }

    private void changed(Order order) {
        orders(order.status()).increment();
        if (order.status() == OrderStatus.REJECTED) {
            rejections.increment();
        }
        if (order.status() == OrderStatus.SENT || order.status() == OrderStatus.REJECTED) {
            Duration placing = Duration.between(order.createdAt(), order.updatedAt());
            // a rejection's time is the broker's (whole seconds, its clock): it can fall just before our creation
            placeLatency.record(placing.isNegative() ? Duration.ZERO : placing);
            if (order.request().origin() == OrderOrigin.DEPLOYMENT && order.status() == OrderStatus.SENT) {
                barToOrder.record(Duration.between(order.createdAt().truncatedTo(ChronoUnit.MINUTES),
                        order.createdAt()));
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void audited(AuditLog.Entry entry) {
        if (DENIED.equals(entry.action())) {
            String rule = json.readTree(entry.details()).path("rule").asString("unknown");
            Counter.builder("RiskDenials").tag("rule", rule).register(meters).increment();
        }
    }
}
