package com.algotrading.trading.deployments.web;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.strategies.ParameterDescriptor;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.trading.deployments.Deployment;
import com.algotrading.trading.deployments.DeploymentNotFoundException;
import com.algotrading.trading.deployments.DeploymentSpec;
import com.algotrading.trading.deployments.DeploymentView;
import com.algotrading.trading.deployments.Deployments;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.web.ApiMoney;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The strategy catalog and deployments, as in the trading contract. */
@RestController
class DeploymentsController {

    /** {@code default} as the contract names it (a Java keyword, hence the annotation). */
    record ParameterView(String name, String type, @JsonProperty("default") BigDecimal defaultValue, BigDecimal min,
                         BigDecimal max, String description) {
        static ParameterView of(ParameterDescriptor p) {
            return new ParameterView(p.name(), p.integer() ? "integer" : "decimal", p.defaultValue(), p.min(), p.max(),
                    p.description());
        }
    }

    record StrategyView(String type, String description, List<ParameterView> parameters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TradeView(String symbol, String side, long quantity, OffsetDateTime entryTime, String entryPrice,
                     OffsetDateTime exitTime, String exitPrice, String grossPnl, String charges, String netPnl,
                     String exitReason) {
    }

    private final Deployments deployments;
    private final InstrumentDirectory instruments;

    DeploymentsController(Deployments deployments, InstrumentDirectory instruments) {
        this.deployments = deployments;
        this.instruments = instruments;
    }

    /** The strategies of the catalog, then the webhook deployment (no parameters: its alerts decide). */
    @GetMapping("/api/v1/strategies")
    List<StrategyView> strategies() {
        List<StrategyView> catalog = new java.util.ArrayList<>(StrategyCatalog.types().stream()
                .map(type -> new StrategyView(type.name(), type.description(),
                        type.parameters().stream().map(ParameterView::of).toList())).toList());
        catalog.add(new StrategyView(DeploymentSpec.WEBHOOK, "Orders from TradingView-style alerts posted to"
                + " POST /api/v1/webhooks/{deploymentId}: BUY, SELL or EXIT its instruments", List.of()));
        return catalog;
    }

    /** The create answer: the deployment, and a webhook deployment's secret (shown this once). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreatedView(@JsonUnwrapped DeploymentView deployment, String webhookSecret) {
    }

    @PostMapping("/api/v1/deployments")
    ResponseEntity<CreatedView> create(@RequestBody DeploymentBody body) {
        Deployments.Created created = deployments.create(body.toSpec(instruments));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(created.deployment().id().value()).toUri())
                .body(new CreatedView(view(created.deployment()), created.webhookSecret().orElse(null)));
    }

    @GetMapping("/api/v1/deployments")
    List<DeploymentView> list() {
        return deployments.all().stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/deployments/{id}")
    DeploymentView one(@PathVariable String id) {
        return view(deployments.require(id(id)));
    }

    @PostMapping("/api/v1/deployments/{id}/start")
    DeploymentView start(@PathVariable String id) {
        return view(deployments.start(id(id)));
    }

    @PostMapping("/api/v1/deployments/{id}/stop")
    DeploymentView stop(@PathVariable String id) {
        return view(deployments.stop(id(id)));
    }

    @DeleteMapping("/api/v1/deployments/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        deployments.delete(id(id));
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /** Round trips, closed then open (an open one has no exit and its P&L is unrealised). */
    @GetMapping("/api/v1/deployments/{id}/trades")
    List<TradeView> trades(@PathVariable String id) {
        DeploymentId deployment = id(id);
        deployments.require(deployment);
        Deployments.Results results = deployments.results(deployment);
        return results.book().trips(results.marks()).stream().map(trip -> new TradeView(trip.symbol().toString(),
                trip.side().name(), trip.quantity(), ist(trip.entryTime()), ApiMoney.text(trip.entryPrice()),
                trip.exitTime().map(DeploymentsController::ist).orElse(null),
                ApiMoney.text(trip.exitPrice().orElse(null)), ApiMoney.text(trip.grossPnl()),
                ApiMoney.text(trip.charges()), ApiMoney.text(trip.netPnl()),
                trip.exitReason().map(Enum::name).orElse(null))).toList();
    }

    private DeploymentView view(Deployment deployment) {
        return DeploymentView.of(deployment, deployments.status(deployment), deployments.results(deployment.id()));
    }

    private static DeploymentId id(String id) {
        try {
            return new DeploymentId(id);
        } catch (IllegalArgumentException e) {
            throw new DeploymentNotFoundException(id);
        }
    }

    private static OffsetDateTime ist(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, IstTime.ZONE);
    }
}
