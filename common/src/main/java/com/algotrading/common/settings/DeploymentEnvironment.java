package com.algotrading.common.settings;

/** Where the platform runs ({@code ENVIRONMENT}). Every environment but {@link #LOCAL} logs structured JSON. */
public enum DeploymentEnvironment {
    LOCAL, DEV, STAGING, PROD;

    public boolean isLocal() {
        return this == LOCAL;
    }
}
