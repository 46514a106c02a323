package com.algotrading.dashboard.accounts;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.dashboard.accounts.Users.StoredUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * A user's optional TOTP second factor: enrolment with a new secret, turned on only once a code from the app
 * matches it, and turned off with the password. While on, the login asks for a code ({@link LoginProvider}).
 */
@Service
public class SecondFactors {

    private final Users users;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final UserActions actions;
    private final Totp totp;

    SecondFactors(Users users, Accounts accounts, PasswordEncoder passwords, UserActions actions, Totp totp) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.actions = actions;
        this.totp = totp;
    }

    /** A new TOTP secret, to be confirmed with a first code before it counts. */
    public record TotpEnrolment(String secret, String otpauthUri) {
    }

    /** Starts (or restarts) enrolment: a new secret, not yet asked for at login. */
    @Transactional
    public TotpEnrolment beginTotp(String username) {
        if (accounts.get(username).totpEnabled()) {
            throw new ApiProblem(StandardProblem.CONFLICT, "the second factor is already on; turn it off first");
        }
        String secret = totp.newSecret();
        users.setTotp(username, secret, false);
        return new TotpEnrolment(secret, totp.uri(username, secret));
    }

    /** Turns the second factor on once a code from the app proves it holds the secret. */
    @Transactional
    public void confirmTotp(String username, String code) {
        StoredUser user = users.find(username).orElseThrow();
        String secret = user.totpSecret().orElseThrow(() -> invalid("start the enrolment first"));
        if (code == null || !totp.verifies(secret, code.strip())) {
            throw invalid("the code does not match: check the app's clock and enter the current 6-digit code");
        }
        users.setTotp(username, secret, true);
        actions.record(username, "totp.enabled", Map.of());
    }

    @Transactional
    public void disableTotp(String username, String password) {
        StoredUser user = users.find(username).orElseThrow();
        if (password == null || !passwords.matches(password, user.passwordHash())) {
            throw invalid("the password is wrong");
        }
        users.setTotp(username, null, false);
        actions.record(username, "totp.disabled", Map.of());
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(StandardProblem.INVALID_REQUEST, detail);
    }
}
