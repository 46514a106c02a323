package com.algotrading.dashboard.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Throttles password guessing twice over: an account locks after {@code maxFailedLogins} failures in a row, and a
 * client address that failed {@code maxFailedLoginsPerAddress} times within a window may not try again until the
 * window ends (so one address cannot try a password against every account). Kept in PostgreSQL, so every dashboard
 * task behind the load balancer counts the same failures.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Users users;
    private final AccountsProperties settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Users users, AccountsProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses a login attempt, before its password is even looked at, from a throttled address or to a locked account. */
    void checkAllowed(Optional<Account> account, String address) {
        Instant now = clock.instant();
        addressBlockedUntil(address, now).ifPresent(until -> {
            throw new LockedException("Too many failed logins from your address. Try again in "
                    + minutes(now, until) + ".");
        });
        account.flatMap(Account::lockedUntil).filter(now::isBefore).ifPresent(until -> {
            throw new LockedException("This account is locked after " + settings.maxFailedLogins()
                    + " failed logins. Try again in " + minutes(now, until) + ", or ask an admin to unlock it.");
        });
    }

    void failed(Optional<Account> account, String address) {
        Instant now = clock.instant();
        account.ifPresent(known -> users.recordFailure(known.username(), settings.maxFailedLogins(),
                now.plus(settings.lockout())));
        jdbc.sql("""
                INSERT INTO login_address_failures (address, window_start, failures) VALUES (:address, :now, 1)
                ON CONFLICT (address) DO UPDATE SET
                    window_start = CASE WHEN login_address_failures.window_start <= :expired THEN :now
                                        ELSE login_address_failures.window_start END,
                    failures     = CASE WHEN login_address_failures.window_start <= :expired THEN 1
                                        ELSE login_address_failures.failures + 1 END""")
                .param("address", address).param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(settings.addressWindow()))).update();
    }

    void succeeded(Account account) {
        users.clearFailures(account.username());
    }

    private Optional<Instant> addressBlockedUntil(String address, Instant now) {
        return jdbc.sql("SELECT window_start FROM login_address_failures WHERE address = ? AND failures >= ?")
                .params(address, settings.maxFailedLoginsPerAddress()).query(Timestamp.class).optional()
                .map(start -> start.toInstant().plus(settings.addressWindow())).filter(now::isBefore);
    }

    private static String minutes(Instant now, Instant until) {
        long minutes = Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
