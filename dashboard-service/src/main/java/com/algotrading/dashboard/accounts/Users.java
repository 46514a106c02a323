package com.algotrading.dashboard.accounts;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code users} table: accounts with their password hash, lockout counters and TOTP secret. */
@Repository
class Users {

    /** A row as the login needs it. */
    record StoredUser(Account account, String passwordHash, int failedLogins, Optional<String> totpSecret) {
    }

    private static final String COLUMNS =
            "id, username, role, enabled, totp_enabled, locked_until, created_at, password_hash, failed_logins, totp_secret";
    private static final RowMapper<StoredUser> ROW = Users::row;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = ?").param(username).query(ROW).optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username").query(ROW).list()
                .stream().map(StoredUser::account).toList();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM users WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    /** Inserts unless the name is taken; true when inserted. */
    boolean insert(String username, String passwordHash, Role role, Instant now) {
        return jdbc.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (username) DO NOTHING")
                .params(username, passwordHash, role.name(), Timestamp.from(now)).update() == 1;
    }

    boolean update(String username, String column, Object value) {
        // column names come from this package's code only, never from a request
        return jdbc.sql("UPDATE users SET " + column + " = ? WHERE username = ?").params(value, username).update() == 1;
    }

    void setTotp(String username, String secret, boolean enabled) {
        jdbc.sql("UPDATE users SET totp_secret = ?, totp_enabled = ? WHERE username = ?")
                .params(secret, enabled, username).update();
    }

    boolean delete(String username) {
        return jdbc.sql("DELETE FROM users WHERE username = ?").param(username).update() == 1;
    }

    long countAdmins() {
        return jdbc.sql("SELECT count(*) FROM users WHERE role = 'ADMIN' AND enabled").query(Long.class).single();
    }

    /** Counts a failed login; once it reaches {@code limit} the account locks until {@code lockedUntil}. */
    void recordFailure(String username, int limit, Instant lockedUntil) {
        jdbc.sql("""
                UPDATE users SET
                    locked_until  = CASE WHEN failed_logins + 1 >= :limit THEN :until ELSE locked_until END,
                    failed_logins = CASE WHEN failed_logins + 1 >= :limit THEN 0 ELSE failed_logins + 1 END
                WHERE username = :username""")
                .param("limit", limit).param("until", Timestamp.from(lockedUntil)).param("username", username).update();
    }

    void clearFailures(String username) {
        jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username).update();
    }

    private static StoredUser row(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Account account = new Account(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getBoolean("totp_enabled"),
                Optional.ofNullable(locked).map(Timestamp::toInstant), rs.getTimestamp("created_at").toInstant());
        return new StoredUser(account, rs.getString("password_hash"), rs.getInt("failed_logins"),
                Optional.ofNullable(rs.getString("totp_secret")));
    }
}
