package com.algotrading.dashboard.apikeys;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.dashboard.accounts.Account;
import com.algotrading.dashboard.accounts.Accounts;
import com.algotrading.dashboard.accounts.Role;
import com.algotrading.dashboard.accounts.UserActions;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code api_keys} table and what is done with it. A key is {@code atk_} and 256 random bits; only its SHA-256
 * is stored, and a lookup is by that hash, so the database never holds a usable key. The last use is written at
 * most once a minute per key, not on every request. What a key's hash resolves to is remembered for
 * {@link #REMEMBERED} (a key's calls would otherwise cost a query each, a tenth of the dashboard's CPU under load): a
 * revocation or a change of its owner made here is seen at once, one made on another dashboard task within that time.
 */
@Service
class ApiKeys {

    private static final String PREFIX = "atk_";
    private static final int MAX_NAME = 100;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Duration REMEMBERED = Duration.ofSeconds(5);

    record NewKey(long id, String name, Scope scope, String key, Instant createdAt) {
    }

    /** A key was revoked: what is remembered of it is stale. */
    record KeyRevoked(long id) {
    }

    record KeyView(long id, String name, Scope scope, Instant createdAt, Optional<Instant> lastUsedAt) {
    }

    /** A valid key's owner and what the key may do. */
    record KeyHolder(long keyId, String owner, Role role) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final UserActions actions;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> lastTouched = new ConcurrentHashMap<>();
    /** By the key's hash in hex, never the key; an unknown key is remembered as empty, so a flood of them is cheap. */
    private final Cache<String, Optional<KeyHolder>> holders = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(REMEMBERED).build();

    ApiKeys(JdbcClient jdbc, Accounts accounts, UserActions actions, ApplicationEventPublisher published, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.actions = actions;
        this.published = published;
        this.clock = clock;
    }

    @Transactional
    NewKey create(String username, String name, Scope scope) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new ApiProblem(StandardProblem.INVALID_REQUEST, "a key's name is 1 to " + MAX_NAME + " characters");
        }
        Account owner = accounts.get(username);
        if (scope.roleFor(owner.role()) != scope.role()) {
            throw new ApiProblem(StandardProblem.FORBIDDEN, "a " + owner.role() + " cannot create a '"
                    + scope.wire() + "' key");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        long id = jdbc.sql("INSERT INTO api_keys (user_id, name, scope, key_hash, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(owner.id(), name.strip(), scope.wire(), hash(key), Timestamp.from(now)).query(Long.class).single();
        actions.record(username, "api-key.created", Map.of("id", id, "name", name.strip(), "scope", scope.wire()));
        return new NewKey(id, name.strip(), scope, key, now);
    }

    List<KeyView> of(String username) {
        return jdbc.sql("""
                SELECT k.id, k.name, k.scope, k.created_at, k.last_used_at FROM api_keys k JOIN users u ON u.id = k.user_id
                WHERE u.username = ? AND k.revoked_at IS NULL ORDER BY k.id""")
                .param(username).query(ApiKeys::view).list();
    }

    @Transactional
    void revoke(String username, long id) {
        int revoked = jdbc.sql("""
                UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL
                AND user_id = (SELECT id FROM users WHERE username = ?)""")
                .params(Timestamp.from(clock.instant()), id, username).update();
        if (revoked == 0) {
            throw new ApiProblem(StandardProblem.NOT_FOUND, "you have no key " + id);
        }
        published.publishEvent(new KeyRevoked(id));
        actions.record(username, "api-key.revoked", Map.of("id", id));
    }

    /** The holder of a key that is neither revoked nor owned by a disabled user. */
    Optional<KeyHolder> holder(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = hash(key);
        Optional<KeyHolder> holder = holders.get(HexFormat.of().formatHex(hash), hex -> jdbc.sql("""
                SELECT k.id, k.scope, u.username, u.role FROM api_keys k JOIN users u ON u.id = k.user_id
                WHERE k.key_hash = ? AND k.revoked_at IS NULL AND u.enabled""")
                .param(hash).query((rs, n) -> new KeyHolder(rs.getLong("id"), rs.getString("username"),
                        Scope.of(rs.getString("scope")).roleFor(Role.valueOf(rs.getString("role"))))).optional());
        holder.ifPresent(found -> touch(found.keyId()));
        return holder;
    }

    /**
     * A key revoked, or its owner's role changed, or the owner disabled or deleted: every remembered key is looked up
     * again, once the change is committed (forgotten earlier, a call in between could read the old row and remember it).
     */
    @TransactionalEventListener(classes = {KeyRevoked.class, Accounts.AccountChanged.class}, fallbackExecution = true)
    void forgetRemembered() {
        holders.invalidateAll();
    }

    private void touch(long keyId) {
        Instant now = clock.instant();
        Instant previous = lastTouched.get(keyId);
        if (previous == null || !now.isBefore(previous.plus(TOUCH_EVERY))) {
            lastTouched.put(keyId, now);
            jdbc.sql("UPDATE api_keys SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), keyId).update();
        }
    }

    private static KeyView view(ResultSet rs, int n) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        return new KeyView(rs.getLong("id"), rs.getString("name"), Scope.of(rs.getString("scope")),
                rs.getTimestamp("created_at").toInstant(), Optional.ofNullable(used).map(Timestamp::toInstant));
    }

    private static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
