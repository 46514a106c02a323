package com.algotrading.trading.webhooks;

/** The alert's secret is not the deployment's, or no webhook deployment has that id: the same answer for both. */
public class WebhookUnauthorizedException extends RuntimeException {

    public WebhookUnauthorizedException() {
        super("no webhook deployment with this id takes this secret");
    }
}
