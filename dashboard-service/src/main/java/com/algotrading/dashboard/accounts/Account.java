package com.algotrading.dashboard.accounts;

import java.time.Instant;
import java.util.Optional;

/** A dashboard user as the API shows it: never the password hash or the TOTP secret. */
public record Account(long id, String username, Role role, boolean enabled, boolean totpEnabled,
                      Optional<Instant> lockedUntil, Instant createdAt) {
}
