package com.algotrading.dashboard.accounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.List;

/**
 * What a person may do, each role including the ones below it: {@code VIEWER} reads, {@code TRADER} also trades
 * (orders, positions, deployments, the kill switch's engage), {@code ADMIN} also sets risk limits, releases the kill
 * switch and manages users.
 */
public enum Role {
    VIEWER, TRADER, ADMIN;

    /** Spring Security's name for this role alone ({@code ROLE_TRADER}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role's authority and those of every role below it, so a rule names only the least role it needs. */
    public List<GrantedAuthority> grants() {
        return Arrays.stream(values()).filter(role -> role.ordinal() <= ordinal())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The lesser of the two roles. */
    public Role atMost(Role ceiling) {
        return ordinal() <= ceiling.ordinal() ? this : ceiling;
    }
}
