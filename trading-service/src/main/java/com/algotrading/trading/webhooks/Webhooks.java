package com.algotrading.trading.webhooks;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Side;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.trading.deployments.Deployment;
import com.algotrading.trading.deployments.Deployments;
import com.algotrading.trading.orders.OrderConflictException;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.orders.PlaceResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns a webhook deployment's alerts into its orders. The secret is checked first (in constant time); then the alert
 * is taken against the duplicate window — an identical alert within it is acknowledged with what became of the first
 * and sends nothing. A fresh alert's order goes through the one order desk and its risk engine, under an idempotency
 * key named after the alert: a copy that arrives while the first is still being placed, or after a crash left the
 * first without an outcome, asks for that same order and never gets a second.
 */
@Component
public class Webhooks {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    private final Deployments deployments;
    private final OrderDesk desk;
    private final WebhookAlerts alerts;
    private final Duration window;
    private final Clock clock;

    Webhooks(Deployments deployments, OrderDesk desk, WebhookAlerts alerts, TradingSettings settings, Clock clock) {
        this.deployments = deployments;
        this.desk = desk;
        this.alerts = alerts;
        this.window = settings.webhookDuplicateWindow();
        this.clock = clock;
    }

    /**
     * @throws WebhookUnauthorizedException the secret is not the deployment's (or there is no such webhook deployment)
     * @throws AlertRefusedException        the deployment is stopped, or an exit of the instrument is still working
     */
    public AlertOutcome take(DeploymentId id, String secret, Alert alert) {
        if (!deployments.acceptsAlert(id, secret)) {
            throw new WebhookUnauthorizedException();
        }
        Deployment deployment = deployments.require(id);
        if (!deployment.running()) {
            throw new AlertRefusedException("deployment " + id + " is stopped: start it to act on its alerts");
        }
        List<Symbol> instruments = deployment.spec().instruments();
        Symbol symbol = alert.symbol().orElse(instruments.getFirst());
        if (!instruments.contains(symbol)) {
            throw new IllegalArgumentException("'symbol' " + symbol + " is not one of the deployment's instruments "
                    + instruments);
        }
        String actor = "webhook:" + id;
        WebhookAlerts.Taken taken = alerts.take(id, fingerprint(deployment, symbol, alert), clock.instant(), window);
        if (!taken.fresh() && taken.outcome().isPresent()) {
            log.info("Deployment {}: duplicate alert {} {} ignored (first at {})", id, alert.action(), symbol,
                    taken.receivedAt());
            return new AlertOutcome.Duplicate(taken.receivedAt(), taken.outcome().get());
        }
        int cancelled = 0;
        Optional<OrderRequest> request;
        if (alert.action() == Alert.Action.EXIT) {
            cancelled = taken.fresh() ? cancelEntries(deployment, symbol, actor, taken) : 0;
            request = exit(deployment, symbol, alert);
        } else {
            request = Optional.of(order(deployment, symbol, alert.action() == Alert.Action.BUY ? Side.BUY : Side.SELL,
                    quantity(deployment, alert), alert.price()));
        }
        if (request.isEmpty()) {
            String outcome = "nothing to exit: the deployment holds no " + symbol;
            alerts.settle(id, taken.alertId(), outcome);
            return taken.fresh() ? new AlertOutcome.NothingToExit(symbol, cancelled)
                    : new AlertOutcome.Duplicate(taken.receivedAt(), outcome);
        }
        PlaceResult result;
        try {
            result = desk.place(request.get(), Optional.of("webhook:" + taken.alertId()), actor);
        } catch (OrderConflictException changed) {
            // a copy of an exit whose first has moved the position meanwhile: the first's order stands
            return new AlertOutcome.Duplicate(taken.receivedAt(), "being placed");
        }
        String outcome = switch (result) {
            case PlaceResult.Placed placed -> "order " + placed.order().id().value();
            case PlaceResult.Denied denied -> "denied by risk (" + denied.rule() + "): " + denied.reason();
        };
        alerts.settle(id, taken.alertId(), outcome);
        if (!taken.fresh()) {
            return new AlertOutcome.Duplicate(taken.receivedAt(), outcome);
        }
        return switch (result) {
            case PlaceResult.Placed placed -> new AlertOutcome.Ordered(placed.order(), cancelled);
            case PlaceResult.Denied denied -> {
                deployments.denied(id, symbol + " " + alert.action() + " alert " + outcome);
                yield new AlertOutcome.Denied(denied.rule(), denied.reason());
            }
        };
    }

    /**
     * Identical alerts: the same action, instrument, quantity and price. An exit's quantity is as asked ("all" when
     * none), not as resolved: what it resolves to changes as its own order fills.
     */
    private static String fingerprint(Deployment deployment, Symbol symbol, Alert alert) {
        String quantity = alert.action() == Alert.Action.EXIT ? alert.quantity().map(String::valueOf).orElse("all")
                : String.valueOf(quantity(deployment, alert));
        return alert.action() + "|" + symbol + "|" + quantity + "|" + alert.price().map(String::valueOf).orElse("market");
    }

    private static long quantity(Deployment deployment, Alert alert) {
        return alert.quantity().orElseGet(() -> ((Sizing.FixedQuantity) deployment.spec().sizing()).units());
    }

    /**
     * An exit cancels the deployment's working entries in the instrument (an unfilled entry would otherwise open the
     * position again after the exit) and is refused while one of its exits is working: closing twice would reverse it.
     */
    private int cancelEntries(Deployment deployment, Symbol symbol, String actor, WebhookAlerts.Taken taken) {
        List<Order> working = desk.inFlight().stream()
                .filter(order -> order.request().deploymentId().equals(Optional.of(deployment.id()))
                        && order.request().symbol().equals(symbol))
                .toList();
        if (working.stream().anyMatch(Order::reducing)) {
            String refusal = "an exit of " + symbol + " by this deployment is still working";
            alerts.settle(deployment.id(), taken.alertId(), "refused: " + refusal);
            throw new AlertRefusedException(refusal);
        }
        int cancelled = 0;
        for (Order entry : working) {
            try {
                desk.cancel(entry.id(), actor);
                cancelled++;
            } catch (OrderConflictException ended) {
                log.info("Deployment {}: entry {} ended before the exit could cancel it", deployment.id(), entry.id());
            }
        }
        return cancelled;
    }

    /** The order that closes what the deployment holds of the instrument (or the alert's quantity of it). */
    private Optional<OrderRequest> exit(Deployment deployment, Symbol symbol, Alert alert) {
        long closable = deployments.closable(deployment.id(), symbol);
        if (closable == 0) {
            return Optional.empty();
        }
        long quantity = Math.min(Math.abs(closable), alert.quantity().orElse(Long.MAX_VALUE));
        return Optional.of(order(deployment, symbol, closable > 0 ? Side.SELL : Side.BUY, quantity, alert.price()));
    }

    private static OrderRequest order(Deployment deployment, Symbol symbol, Side side, long quantity,
                                      Optional<Long> price) {
        return new OrderRequest(symbol, side, quantity, price.isPresent() ? OrderType.LIMIT : OrderType.MARKET, price,
                Optional.empty(), deployment.spec().product(), Optional.of(deployment.id()), OrderOrigin.WEBHOOK);
    }
}
