package com.algotrading.common.settings;

/** Where the platform runs ({@code ENVIRONMENT}). Every environment but {@link #LOCAL} logs structured JSON. */
public enum DeploymentEnvironment {
    LOCAL, DEV, STAGING, PROD;

    /** The Spring profile of this environment, which switches on its logging format. */
    public String profile() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLocal() {
        return this == LOCAL;
    }
}
