package com.algotrading.dashboard.apikeys;

import com.algotrading.dashboard.accounts.Role;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a key may do: {@code read} reaches every GET, {@code trade} also what a trader does. Never an admin's rights. */
public enum Scope {
    READ(Role.VIEWER), TRADE(Role.TRADER);

    private final Role role;

    Scope(Role role) {
        this.role = role;
    }

    /** The role a key of this scope acts with, never above its owner's. */
    Role roleFor(Role owner) {
        return role.atMost(owner);
    }

    Role role() {
        return role;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Scope of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
