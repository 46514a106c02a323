package com.algotrading.trading.broker;

/** The account's money at the broker, in paise: {@code total} = {@code available} + {@code used} (margin blocked). */
public record BrokerFunds(long available, long used, long total) {
}
