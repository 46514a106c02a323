package com.algotrading.trading.deployments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The secret an alert to a webhook deployment carries in its body (TradingView's alerts cannot set headers). Shown
 * once, when issued; only its SHA-256 is kept, and a presented secret is compared with it in constant time, so
 * neither a database dump nor the answer times give it away. 32 random bytes: guessing is hopeless, a hash suffices.
 */
public final class WebhookSecret {

    private static final String PREFIX = "whsec_";
    private static final int BYTES = 32;

    private WebhookSecret() {
    }

    /** A new secret, as the trader pastes it into the alert's message. */
    static String issue(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when {@code presented} is the secret whose hash is {@code stored}; the time taken does not depend on where they differ. */
    static boolean matches(String presented, byte[] stored) {
        return presented != null && MessageDigest.isEqual(hash(presented), stored);
    }
}
