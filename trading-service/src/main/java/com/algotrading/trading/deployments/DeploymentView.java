package com.algotrading.trading.deployments;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.trading.web.ApiMoney;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deployment as {@code GET /api/v1/deployments/{id}} and the {@code deployment} event write it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentView(String id, String name, String strategy, Map<String, BigDecimal> parameters,
                             List<String> instruments, String interval, Map<String, Object> sizing, String product,
                             Map<String, Object> exits, String status, String statusReason, long barsSeen,
                             OffsetDateTime lastBarTime, String realisedPnl, String unrealisedPnl, String charges,
                             int openPositions) {

    public static DeploymentView of(Deployment deployment, Deployments.Status status, Deployments.Results results) {
        DeploymentSpec spec = deployment.spec();
        DeploymentResults book = results.book();
        return new DeploymentView(deployment.id().value(), spec.name(), spec.strategy(), spec.parameters(),
                spec.instruments().stream().map(Symbol::toString).toList(), spec.interval().label(), sizing(spec.sizing()),
                spec.product().name(), exits(spec), status.status(), status.reason().orElse(null), deployment.barsSeen(),
                deployment.lastBarTime().map(time -> OffsetDateTime.ofInstant(time, IstTime.ZONE)).orElse(null),
                ApiMoney.text(book.realised()), ApiMoney.text(book.unrealised(results.marks())),
                ApiMoney.text(book.charges()), book.openPositions());
    }

    private static Map<String, Object> sizing(Sizing sizing) {
        return switch (sizing) {
            case Sizing.FixedQuantity fixed -> Map.of("quantity", fixed.units());
            case Sizing.FixedCapital capital -> Map.of("capital", ApiMoney.text(capital.paise()));
            case Sizing.PercentOfEquity percent -> Map.of("equityPercent", percent(percent.partsPerMillion()));
        };
    }

    private static Map<String, Object> exits(DeploymentSpec spec) {
        Map<String, Object> exits = new LinkedHashMap<>();
        DeploymentSpec.Exits asked = spec.exits();
        if (asked.stopLossPpm() > 0) {
            exits.put("stopLossPercent", percent(asked.stopLossPpm()));
        }
        if (asked.targetPpm() > 0) {
            exits.put("targetPercent", percent(asked.targetPpm()));
        }
        if (asked.trailingPpm() > 0) {
            exits.put("trailingPercent", percent(asked.trailingPpm()));
        }
        spec.exitRules().squareOff().ifPresent(time -> exits.put("squareOffTime", time.toString()));
        return exits;
    }

    private static BigDecimal percent(long ppm) {
        return BigDecimal.valueOf(ppm, 4).stripTrailingZeros();
    }
}
