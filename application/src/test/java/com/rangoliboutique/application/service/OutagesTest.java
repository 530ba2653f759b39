package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.Outages;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutagesTest {

    @Test
    void whatTheDriverAndThePoolThrowWhenTheDatabaseIsAwayIsAnOutage() {
        assertTrue(Outages.databaseUnreachable(new RuntimeException("wrapped",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"))));
        assertTrue(Outages.databaseUnreachable(new IllegalStateException(new SQLException(
                "Connection to localhost:5432 refused", "08001"))));
        assertTrue(Outages.databaseUnreachable(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(Outages.databaseUnreachable(new RuntimeException(new SQLException("Connection is closed"))));
        RuntimeException withSuppressed = new RuntimeException("rollback failed");
        withSuppressed.addSuppressed(new SQLException("I/O error", "08006"));
        assertTrue(Outages.databaseUnreachable(withSuppressed));
    }

    @Test
    void everyOtherFailureIsNot() {
        assertFalse(Outages.databaseUnreachable(new SQLException("duplicate key value", "23505")));
        assertFalse(Outages.databaseUnreachable(new SQLException("invalid byte sequence for encoding", "22021")));
        assertFalse(Outages.databaseUnreachable(new IllegalStateException("a bug")));
        assertFalse(Outages.databaseUnreachable(new RuntimeException(new ConnectException("Connection refused"))),
                "Telegram or S3 refusing a connection is not the database");
        assertFalse(Outages.databaseUnreachable(null));
    }
}
