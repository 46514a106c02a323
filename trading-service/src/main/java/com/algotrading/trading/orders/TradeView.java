package com.algotrading.trading.orders;

import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.trading.web.ApiMoney;

import java.time.OffsetDateTime;

/** One fill as the trade book ({@code GET /api/v1/trades}) and the {@code fill} event write it. */
public record TradeView(String orderId, String symbol, String side, long quantity, String price, String charges,
                        OffsetDateTime time) {

    static TradeView of(Order order, OrderFilled fill, long charges) {
        return new TradeView(order.id().value(), order.request().symbol().toString(), order.request().side().name(),
                fill.quantity(), ApiMoney.text(fill.price()), ApiMoney.text(charges), OrderView.ist(fill.time()));
    }
}
