package com.algotrading.trading.orders.web;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.trading.web.ApiMoney;

import java.math.BigDecimal;
import java.util.Optional;

/** The body of {@code POST /api/v1/orders}; prices in rupees, as strings or numbers, at most two decimals. */
record PlaceOrderBody(String symbol, Side side, Long quantity, String type, BigDecimal price, BigDecimal triggerPrice,
                      Product product) {

    OrderRequest toRequest() {
        return new OrderRequest(Symbol.parse(required("symbol", symbol)), required("side", side),
                required("quantity", quantity), OrderType.fromWireName(required("type", type)),
                ApiMoney.optionalPaise("price", price), ApiMoney.optionalPaise("triggerPrice", triggerPrice), required("product", product),
                Optional.empty(), OrderOrigin.API);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }
}
