package com.algotrading.trading.alerts;

/**
 * One message for people: {@code kind} groups the ones that are rate-limited together ({@code kill-switch},
 * {@code broker-circuit}, ...), {@code text} is a short sentence with no secret in it.
 */
record Alert(String kind, String text) {
}
