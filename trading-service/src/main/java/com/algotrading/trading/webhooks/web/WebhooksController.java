package com.algotrading.trading.webhooks.web;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.trading.orders.OrderView;
import com.algotrading.trading.web.ApiMoney;
import com.algotrading.trading.web.RiskDeniedException;
import com.algotrading.trading.webhooks.Alert;
import com.algotrading.trading.webhooks.AlertOutcome;
import com.algotrading.trading.webhooks.WebhookUnauthorizedException;
import com.algotrading.trading.webhooks.Webhooks;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/v1/webhooks/{deploymentId}}: a TradingView-style alert. {@code 201} with the order it placed,
 * {@code 200} for a duplicate (no order) or an exit with nothing to close, {@code 422} for a risk denial, {@code 401}
 * for a wrong secret, {@code 409} for a stopped deployment.
 */
@RestController
class WebhooksController {

    /** The alert's message as TradingView posts it; the action in any case ({@code {{strategy.order.action}}} is lower). */
    record AlertBody(String secret, String action, String symbol, Long quantity, BigDecimal price) {

        Alert toAlert() {
            if (action == null) {
                throw new IllegalArgumentException("'action' is required: BUY, SELL or EXIT");
            }
            Alert.Action parsed;
            try {
                parsed = Alert.Action.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'action' must be BUY, SELL or EXIT, got \"" + action + "\"");
            }
            return new Alert(parsed, Optional.ofNullable(symbol).map(Symbol::parse), Optional.ofNullable(quantity),
                    ApiMoney.optionalPaise("price", price));
        }
    }

    /** The answer: what happened, and the order when one was placed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AlertAnswer(String outcome, String detail, OrderView order, Integer cancelled, OffsetDateTime firstReceivedAt) {
    }

    private final Webhooks webhooks;

    WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/v1/webhooks/{deploymentId}")
    ResponseEntity<AlertAnswer> alert(@PathVariable String deploymentId, @RequestBody AlertBody body) {
        if (body.secret() == null || body.secret().isEmpty()) {
            throw new WebhookUnauthorizedException();
        }
        DeploymentId id;
        try {
            id = new DeploymentId(deploymentId);
        } catch (IllegalArgumentException e) {
            throw new WebhookUnauthorizedException();
        }
        return switch (webhooks.take(id, body.secret(), body.toAlert())) {
            case AlertOutcome.Ordered ordered -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/api/v1/orders/{id}").buildAndExpand(ordered.order().id().value()).toUri())
                    .body(new AlertAnswer("ORDERED", "order " + ordered.order().id().value() + " placed",
                            OrderView.of(ordered.order()), ordered.cancelled(), null));
            case AlertOutcome.Duplicate duplicate -> {
                OffsetDateTime first = OffsetDateTime.ofInstant(duplicate.firstReceivedAt(), IstTime.ZONE);
                yield ResponseEntity.ok(new AlertAnswer("DUPLICATE", "the same alert came at " + first + ": "
                        + duplicate.firstOutcome() + "; no order was sent for this one", null, null, first));
            }
            case AlertOutcome.NothingToExit nothing -> ResponseEntity.ok(new AlertAnswer("NOTHING_TO_EXIT",
                    "the deployment holds no " + nothing.symbol(), null, nothing.cancelled(), null));
            case AlertOutcome.Denied denied -> throw new RiskDeniedException(denied.rule(), denied.reason());
        };
    }
}
