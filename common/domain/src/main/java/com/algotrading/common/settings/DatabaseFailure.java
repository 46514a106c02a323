package com.algotrading.common.settings;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What an operator should read when a service cannot start because of its database: the reason in a sentence and
 * what to check, instead of a hundred lines of driver stack trace. The driver's own message is kept: it names the
 * host, port, database or user, never a password.
 *
 * @param problem what went wrong
 * @param action  what to check
 */
public record DatabaseFailure(String problem, String action) {

    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";
    private static final String UNKNOWN_DATABASE = "3D000";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** Explains the failure if a database connection problem caused it, at any depth. */
    public static Optional<DatabaseFailure> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<DatabaseFailure> explained = explain(sql);
                if (explained.isPresent()) {
                    return explained;
                }
            }
            if (isUnreachable(cause)) {
                return Optional.of(unreachable(cause.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> explain(SQLException sql) {
        String state = sql.getSQLState();
        if (state.equals(INVALID_PASSWORD) || state.equals(INVALID_AUTHORIZATION)) {
            return Optional.of(new DatabaseFailure("PostgreSQL refused the login: " + sql.getMessage(),
                    "Check DB_USER and DB_PASSWORD (in AWS, the RDS-managed secret the task definition injects)."));
        }
        if (state.equals(UNKNOWN_DATABASE)) {
            return Optional.of(new DatabaseFailure("The database named in DB_URL does not exist: " + sql.getMessage(),
                    "Fix the database name in DB_URL, or create the database."));
        }
        if (state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
            return Optional.of(unreachable(sql.getMessage()));
        }
        return Optional.empty();
    }

    private static boolean isUnreachable(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException;
    }

    private static DatabaseFailure unreachable(String reason) {
        return new DatabaseFailure("Cannot reach PostgreSQL: " + reason,
                "Check the host and port in DB_URL and that the server is up and reachable from this machine"
                        + " (locally, deployment/scripts/run-local.sh starts one).");
    }
}
