package com.algotrading.common.smartapi;

/**
 * No session could be had (the login or the token refresh went unanswered), so the call it was for was never made:
 * for an order, a definite "not placed", unlike a call that went out and whose answer was lost.
 */
public final class NoSessionException extends RuntimeException {

    NoSessionException(RuntimeException cause) {
        super("not sent: Angel One did not answer the login (" + cause.getMessage() + ")", cause);
    }
}
