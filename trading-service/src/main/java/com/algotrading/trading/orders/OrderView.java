package com.algotrading.trading.orders;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.trading.web.ApiMoney;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * An order as the contract writes it: prices as rupee strings, times in IST, absent values left out; {@code external}
 * (true, else absent) marks an order placed outside the platform, shown as the broker has it and not managed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(String id, String clientOrderId, String brokerOrderId, String symbol, String side, long quantity,
                        long filledQuantity, String type, String price, String triggerPrice, String averagePrice,
                        String product, String status, String reason, String deploymentId, Boolean external,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static OrderView of(Order order) {
        var request = order.request();
        return new OrderView(order.id().value(), order.clientOrderId().value(), order.brokerOrderId().orElse(null),
                request.symbol().toString(), request.side().name(), request.quantity(), order.filledQuantity(),
                request.type().wireName(), ApiMoney.text(request.price().orElse(null)),
                ApiMoney.text(request.triggerPrice().orElse(null)), ApiMoney.text(order.averagePrice().orElse(null)),
                request.product().name(), order.status().name(), order.reason().orElse(null),
                request.deploymentId().map(DeploymentId::value).orElse(null),
                request.origin() == OrderOrigin.EXTERNAL ? Boolean.TRUE : null, ist(order.createdAt()),
                ist(order.updatedAt()));
    }

    static OffsetDateTime ist(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, IstTime.ZONE);
    }
}
