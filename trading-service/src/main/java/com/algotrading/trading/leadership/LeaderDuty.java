package com.algotrading.trading.leadership;

/**
 * Work only the one active trading-service does. {@link #takeOver} runs in {@code @Order} order once this instance holds
 * the lock and before it accepts a single order (load the books, start the broker, reconcile); {@link #handOver} runs
 * in reverse when the lock is lost.
 */
public interface LeaderDuty {

    void takeOver();

    void handOver();
}
