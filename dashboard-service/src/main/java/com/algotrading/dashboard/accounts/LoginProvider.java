package com.algotrading.dashboard.accounts;

import com.algotrading.dashboard.accounts.Users.StoredUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The form login: throttle, password, enabled, second factor, in that order. A wrong username and a wrong password
 * answer alike, and a missing user still costs one hash, so neither the message nor the timing tells whether a
 * name exists. The messages are the login page's, written for the person at it.
 */
@Component
class LoginProvider implements AuthenticationProvider {

    static final String WRONG_CREDENTIALS = "Wrong username or password.";

    private final Users users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Totp totp;
    private final String unknownUserHash;

    LoginProvider(Users users, PasswordEncoder passwords, LoginThrottle throttle, Totp totp) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.totp = totp;
        this.unknownUserHash = passwords.encode("no such user; the hash only spends the same time");
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = Objects.requireNonNullElse(login.getName(), "");
        String password = login.getCredentials() instanceof String given ? given : "";
        LoginDetails details = (LoginDetails) login.getDetails();
        Optional<StoredUser> user = users.find(username);
        Optional<Account> account = user.map(StoredUser::account);
        throttle.checkAllowed(account, details.getRemoteAddress());
        if (!passwords.matches(password, user.map(StoredUser::passwordHash).orElse(unknownUserHash))
                || user.isEmpty()) {
            throttle.failed(account, details.getRemoteAddress());
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        StoredUser known = user.get();
        if (!known.account().enabled()) {
            throw new DisabledException("This account is disabled. Ask an admin to enable it.");
        }
        checkSecondFactor(known, details);
        throttle.succeeded(known.account());
        if (passwords.upgradeEncoding(known.passwordHash())) {
            users.update(username, "password_hash", passwords.encode(password));
        }
        var session = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities(known.account()));
        session.setDetails(details);
        return session;
    }

    private void checkSecondFactor(StoredUser user, LoginDetails details) {
        if (!user.account().totpEnabled()) {
            return;
        }
        if (details.code().isEmpty()) {
            throttle.failed(Optional.of(user.account()), details.getRemoteAddress());
            throw new BadCredentialsException("This account has a second factor: enter the 6-digit code of your authenticator app.");
        }
        if (!totp.verifies(user.totpSecret().orElseThrow(), details.code())) {
            throttle.failed(Optional.of(user.account()), details.getRemoteAddress());
            throw new BadCredentialsException("Wrong or expired authenticator code.");
        }
    }

    private static List<GrantedAuthority> authorities(Account account) {
        List<GrantedAuthority> granted = new ArrayList<>(account.role().grants());
        granted.add(new SimpleGrantedAuthority(Authorities.SESSION));
        return List.copyOf(granted);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
