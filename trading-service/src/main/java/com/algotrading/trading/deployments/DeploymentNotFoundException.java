package com.algotrading.trading.deployments;

import com.algotrading.trading.web.NotFoundException;

/** No deployment with that id. */
public class DeploymentNotFoundException extends NotFoundException {

    public DeploymentNotFoundException(String id) {
        super("no deployment " + id);
    }
}
