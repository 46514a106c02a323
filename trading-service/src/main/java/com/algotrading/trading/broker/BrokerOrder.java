package com.algotrading.trading.broker;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderRequest;

/** An order as it goes to a broker: our id (Angel One's {@code ordertag}), what was asked, and the instrument. */
public record BrokerOrder(ClientOrderId clientOrderId, OrderRequest request, Instrument instrument) {
}
