package com.algotrading.trading.alerts;

/** Somewhere alerts go (the SNS topic, a webhook). Called on the alerts' own thread: it may block, briefly. */
interface AlertChannel {

    /** @param subject a one-line summary, for channels that have one (an e-mail's subject) */
    void send(String subject, String text);
}
