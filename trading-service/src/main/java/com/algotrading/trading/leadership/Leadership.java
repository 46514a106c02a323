package com.algotrading.trading.leadership;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Exactly one trading-service trades: the holder of a PostgreSQL session-level advisory lock, taken on a connection of
 * its own and kept for as long as it lives. The standby tries every second; when the holder dies (even by kill -9) or
 * loses the database, PostgreSQL ends its session, frees the lock, and the standby takes over within seconds. An order
 * is only written with a fence on this lock (see {@link #fenceSql()}), so even a holder that has not yet noticed it
 * lost the lock cannot send one.
 */
@Component
public class Leadership implements SmartLifecycle {

    /** The two keys of the advisory lock: the platform's, and the trading account's (one per database for now). */
    static final int LOCK_CLASS = 0x414c474f;
    static final int LOCK_OBJECT = 1;
    private static final Logger log = LoggerFactory.getLogger(Leadership.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final int FAILED_CHECKS_TO_LOSE = 3;
    private static final String DATABASE_DOWN = "standby: the database is unavailable";

    private final DataSource dataSource;
    private final ObjectProvider<LeaderDuty> dutyProvider;
    private List<LeaderDuty> duties = List.of();
    private volatile Connection lockConnection;
    private volatile int lockPid;
    private volatile boolean leader;
    private volatile String standbyReason = "starting up";
    private volatile Thread thread;
    private int failedChecks;

    /** Duties are looked up when leadership starts: they depend on beans (the order repository) that depend on this one. */
    Leadership(DataSource dataSource, ObjectProvider<LeaderDuty> duties) {
        this.dataSource = dataSource;
        this.dutyProvider = duties;
    }

    public boolean isLeader() {
        return leader;
    }

    /** Why this instance does not trade right now; empty while it leads. */
    public Optional<String> standbyReason() {
        return leader ? Optional.empty() : Optional.of(standbyReason);
    }

    /** @throws NotLeaderException on the standby */
    public void requireLeader() {
        if (!leader) {
            throw new NotLeaderException("this trading-service is not the active one (" + standbyReason + ")");
        }
    }

    /**
     * A condition for a write that must only happen while this instance holds the lock: true only in a session of the
     * same database while the lock holder's backend is this instance's lock connection. Bind {@link #fenceArguments()}.
     */
    public static String fenceSql() {
        return "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = ? AND objid = ? AND pid = ? AND granted)";
    }

    public Object[] fenceArguments() {
        return new Object[] {LOCK_CLASS, LOCK_OBJECT, lockPid};
    }

    @Override
    public void start() {
        duties = dutyProvider.orderedStream().toList();
        thread = Thread.ofPlatform().daemon().name("leadership").start(this::run);
    }

    @Override
    public void stop() {
        Thread current = thread;
        thread = null;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (leader) {
            lose("shutting down");
        }
        closeLockConnection();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Started last and stopped first among the lifecycle beans: duties need the web server and the tick stream up. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            if (leader) {
                if (!lockStillHeld()) {
                    lose("lost the database connection that held the lock");
                }
            } else if (tryAcquire()) {
                takeOver();
            }
            try {
                Thread.sleep(CHECK_EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean tryAcquire() {
        try {
            if (lockConnection == null) {
                lockConnection = openDedicatedConnection();
                try (PreparedStatement pid = lockConnection.prepareStatement("SELECT pg_backend_pid()");
                     ResultSet result = pid.executeQuery()) {
                    result.next();
                    lockPid = result.getInt(1);
                }
            }
            try (PreparedStatement lock = lockConnection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setInt(2, LOCK_OBJECT);
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return true;
                    }
                }
            }
            standbyReason = "standby: another trading-service holds the trading lock";
        } catch (SQLException e) {
            if (!standbyReason.startsWith(DATABASE_DOWN)) {
                log.warn("The trading lock cannot be taken: {}", e.getMessage());
            }
            standbyReason = DATABASE_DOWN;
            closeLockConnection();
        }
        return false;
    }

    private void takeOver() {
        log.info("Took the trading lock: loading the books and reconciling before accepting orders");
        int done = 0;
        try {
            for (LeaderDuty duty : duties) {
                duty.takeOver();
                done++;
            }
            failedChecks = 0;
            leader = true;
            log.info("This trading-service is the active one");
        } catch (RuntimeException e) {
            log.error("Taking over failed; releasing the trading lock to try again", e);
            standbyReason = "standby: taking over failed (" + e.getMessage() + ")";
            handOver(done);
            closeLockConnection();
        }
    }

    private void lose(String why) {
        log.warn("No longer the active trading-service: {}", why);
        leader = false;
        standbyReason = "standby: " + why;
        handOver(duties.size());
        closeLockConnection();
    }

    private void handOver(int started) {
        for (int i = started - 1; i >= 0; i--) {
            try {
                duties.get(i).handOver();
            } catch (RuntimeException e) {
                log.warn("Handing over {} failed", duties.get(i).getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Whether the lock's session is still alive. A loaded machine or a long GC pause can make one check time out, so
     * the lock counts as lost only after {@link #FAILED_CHECKS_TO_LOSE} failed checks in a row; meanwhile the fence on
     * every order write still holds.
     */
    private boolean lockStillHeld() {
        boolean alive;
        try {
            alive = lockConnection != null && lockConnection.isValid(5);
        } catch (SQLException e) {
            alive = false;
        }
        failedChecks = alive ? 0 : failedChecks + 1;
        return failedChecks < FAILED_CHECKS_TO_LOSE;
    }

    /**
     * A connection outside the pool: the lock lives as long as this session, so it must never go back to the pool
     * (where another caller would inherit the lock) nor be retired by it.
     */
    private Connection openDedicatedConnection() throws SQLException {
        Connection connection;
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        } else {
            connection = dataSource.getConnection();
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private void closeLockConnection() {
        Connection connection = lockConnection;
        lockConnection = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the lock connection", e);
            }
        }
    }
}
