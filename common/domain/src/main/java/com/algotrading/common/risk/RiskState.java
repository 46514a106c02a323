package com.algotrading.common.risk;

/**
 * {@code ACTIVE}: every rule applies. {@code REDUCING}: reached on its own at the daily-loss limit, only orders that
 * reduce a position pass (a new trading day lifts it). {@code HALTED}: no order passes (the kill switch's own
 * flattening aside) until an admin releases it — or, for a halt the platform raised itself (the database or the broker
 * unreachable), until the cause is gone.
 */
public enum RiskState {
    ACTIVE, REDUCING, HALTED
}
