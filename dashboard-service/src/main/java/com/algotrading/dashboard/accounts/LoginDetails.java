package com.algotrading.dashboard.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.Serial;
import java.util.Objects;

/**
 * What the login form sends besides username and password: the optional {@code code} of the TOTP second factor,
 * and the client address (the load balancer's forwarded one, as Tomcat resolved it) for the per-address throttle.
 */
public final class LoginDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;
    /** The login form's field for the authenticator app's code. */
    public static final String CODE = "code";

    private final String code;

    public LoginDetails(HttpServletRequest request) {
        super(request);
        this.code = Objects.requireNonNullElse(request.getParameter(CODE), "").strip();
    }

    String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoginDetails details && super.equals(details) && code.equals(details.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), code);
    }
}
