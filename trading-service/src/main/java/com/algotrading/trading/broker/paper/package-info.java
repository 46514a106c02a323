/**
 * The paper broker: orders matched against the data-service's last prices, its books in the trading schema. A named
 * interface of the broker feature, because the application's configuration chooses it as the {@code Broker}.
 */
@NamedInterface("paper")
package com.algotrading.trading.broker.paper;

import org.springframework.modulith.NamedInterface;
