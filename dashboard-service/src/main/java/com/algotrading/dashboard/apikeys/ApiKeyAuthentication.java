package com.algotrading.dashboard.apikeys;

import com.algotrading.dashboard.accounts.Authorities;
import com.algotrading.dashboard.accounts.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

/**
 * A request authenticated by an API key: named for the key's owner, with the role the key acts with (its scope,
 * capped at the owner's role) and the {@link Authorities#API_KEY} authority. Lives for one request, never in a session.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String owner;
    private final long keyId;

    ApiKeyAuthentication(String owner, long keyId, Role role) {
        super(authorities(role));
        this.owner = owner;
        this.keyId = keyId;
        setAuthenticated(true);
    }

    public long keyId() {
        return keyId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return owner;
    }

    private static List<GrantedAuthority> authorities(Role role) {
        List<GrantedAuthority> granted = new ArrayList<>(role.grants());
        granted.add(new SimpleGrantedAuthority(Authorities.API_KEY));
        return granted;
    }
}
