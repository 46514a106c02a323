package com.algotrading.trading.orders;

import com.algotrading.common.orders.ClientOrderId;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps an order's changes in one line from commit to publication. Two threads may change one order at once (the
 * placing thread recording the broker's answer, the broker's update thread an instant fill); the database orders
 * their commits by the row lock, and this orders what follows: a change is committed and published under its
 * order's stripe, so the listeners and the event stream never see a fill before the OPEN it followed. Taken before
 * the order's row lock, always, so the two kinds of lock cannot wait on each other in a circle; striped so that it
 * costs a fixed few locks, not one per order.
 */
final class OrderStripes {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    OrderStripes() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T inLine(ClientOrderId order, Supplier<T> change) {
        ReentrantLock lock = locks[Math.floorMod(order.hashCode(), STRIPES)];
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
