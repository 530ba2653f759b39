package com.rangoliboutique.application.port.out;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database being away (stopped, restarting, unreachable, out of connections) from every other
 * failure, for callers that must act differently: the webhook answers 503 so Telegram delivers the update again, the
 * catalog answers 503 instead of 500, the worker waits instead of spending a retry. Reads only JDK {@code java.sql}
 * types in the cause chain — what the JDBC driver and the connection pool throw — so no adapter type leaks out of
 * persistence.
 */
public final class Outages {

    private Outages() {
    }

    /** True when {@code failure} (or one of its causes) says the database could not be reached. */
    public static boolean databaseUnreachable(Throwable failure) {
        return databaseUnreachable(failure, 0);
    }

    private static boolean databaseUnreachable(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            // not java.net.ConnectException: Telegram or S3 refusing a connection is no database outage (the
            // driver reports its own as SQLSTATE 08001)
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedConnection(sql))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The pool's answer for a connection it closed because the server dropped it (HikariCP's "Connection is closed",
     * with no SQLSTATE): the database went away under a running statement.
     */
    private static boolean closedConnection(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connection is closed");
    }

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (terminated by the administrator, crash
     * shutdown, cannot connect now — a server stopping or starting).
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
