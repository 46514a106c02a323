package com.algotrading.trading.leadership;

/** This instance is the standby (or lost the database): it serves reads and refuses writes. */
public class NotLeaderException extends RuntimeException {

    public NotLeaderException(String message) {
        super(message);
    }
}
