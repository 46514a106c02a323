package com.algotrading.dashboard.accounts;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.dashboard.accounts.Users.StoredUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users and their passwords (the second factor is {@link SecondFactors}'). Refusals are problems the API answers as they are: 400 for a value
 * the policy refuses, 404 for no such user, 409 for a name taken or the last admin.
 */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,31}");
    private static final int MIN_PASSWORD = 12;
    /** BCrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final Users users;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final UserActions actions;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Accounts(Users users, PasswordEncoder passwords, Sessions sessions, UserActions actions,
             ApplicationEventPublisher published, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.actions = actions;
        this.published = published;
        this.clock = clock;
    }

    /** A user's role or standing changed (or the user is gone): what was decided from the old one is stale. */
    public record AccountChanged(String username) {
    }

    public Optional<Account> find(String username) {
        return users.find(username).map(StoredUser::account);
    }

    public Account get(String username) {
        return find(username).orElseThrow(() -> new ApiProblem(StandardProblem.NOT_FOUND, "no user " + username));
    }

    public List<Account> all() {
        return users.all();
    }

    @Transactional
    public Account create(String actor, String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw invalid("a username is 2 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        checkPolicy(password);
        if (!users.insert(username, passwords.encode(password), role, clock.instant())) {
            throw new ApiProblem(StandardProblem.CONFLICT, "the username " + username + " is taken");
        }
        actions.record(actor, "user.created", Map.of("user", username, "role", role.name()));
        return get(username);
    }

    /** Creates the first admin unless a user {@code admin} exists; true when it did. */
    boolean createFirstAdmin(String password) {
        checkPolicy(password);
        return users.insert("admin", passwords.encode(password), Role.ADMIN, clock.instant());
    }

    @Transactional
    public void changePassword(String username, String current, String next, Optional<String> keepSession) {
        StoredUser user = users.find(username).orElseThrow();
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            throw invalid("the current password is wrong");
        }
        setPassword(username, next, keepSession);
        actions.record(username, "password.changed", Map.of());
    }

    @Transactional
    public void resetPassword(String actor, String username, String next) {
        get(username);
        setPassword(username, next, Optional.empty());
        actions.record(actor, "password.reset", Map.of("user", username));
    }

    @Transactional
    public Account update(String actor, String username, Optional<Role> role, Optional<Boolean> enabled) {
        Account before = get(username);
        boolean losesAdmin = before.role() == Role.ADMIN && before.enabled()
                && (role.filter(next -> next != Role.ADMIN).isPresent() || enabled.filter(on -> !on).isPresent());
        if (losesAdmin && users.countAdmins() <= 1) {
            throw new ApiProblem(StandardProblem.CONFLICT, "the last enabled admin keeps the ADMIN role");
        }
        role.ifPresent(next -> users.update(username, "role", next.name()));
        enabled.ifPresent(on -> users.update(username, "enabled", on));
        sessions.endAll(username, Optional.empty());
        published.publishEvent(new AccountChanged(username));
        actions.record(actor, "user.updated", Map.of("user", username, "role", role.map(Role::name).orElse(""),
                "enabled", enabled.map(String::valueOf).orElse("")));
        return get(username);
    }

    @Transactional
    public void unlock(String actor, String username) {
        get(username);
        users.clearFailures(username);
        actions.record(actor, "user.unlocked", Map.of("user", username));
    }

    @Transactional
    public void delete(String actor, String username) {
        Account account = get(username);
        if (account.username().equals(actor)) {
            throw new ApiProblem(StandardProblem.CONFLICT, "an admin does not delete their own account");
        }
        if (account.role() == Role.ADMIN && account.enabled() && users.countAdmins() <= 1) {
            throw new ApiProblem(StandardProblem.CONFLICT, "the last enabled admin cannot be deleted");
        }
        users.delete(username);
        sessions.endAll(username, Optional.empty());
        published.publishEvent(new AccountChanged(username));
        actions.record(actor, "user.deleted", Map.of("user", username));
    }

    private void setPassword(String username, String next, Optional<String> keepSession) {
        checkPolicy(next);
        users.update(username, "password_hash", passwords.encode(next));
        sessions.endAll(username, keepSession);
    }

    private static void checkPolicy(String password) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw invalid("a password is at least " + MIN_PASSWORD + " characters and at most "
                    + MAX_PASSWORD_BYTES + " bytes");
        }
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(StandardProblem.INVALID_REQUEST, detail);
    }
}
