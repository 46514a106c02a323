package com.algotrading.trading.deployments;

/** No deployment with that id. */
public class DeploymentNotFoundException extends RuntimeException {

    public DeploymentNotFoundException(String id) {
        super("no deployment " + id);
    }
}
