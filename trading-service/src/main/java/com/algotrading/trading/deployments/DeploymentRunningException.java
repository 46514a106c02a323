package com.algotrading.trading.deployments;

import com.algotrading.common.orders.DeploymentId;

/** A running deployment cannot be deleted: stop it first. Answered 409. */
public class DeploymentRunningException extends RuntimeException {

    public DeploymentRunningException(DeploymentId id) {
        super("deployment " + id + " is running: stop it before deleting it");
    }
}
