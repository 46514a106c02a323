package com.algotrading.trading.deployments;

/** A deployment the catalog or the market would not take; the message names the field. Answered 400. */
public class InvalidDeploymentException extends RuntimeException {

    public InvalidDeploymentException(String field, String problem) {
        super(field + ": " + problem);
    }
}
