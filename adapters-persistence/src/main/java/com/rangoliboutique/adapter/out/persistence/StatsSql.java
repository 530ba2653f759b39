package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;

/** Plain SQL on the transaction's connection: one joins the surrounding transaction, or runs in its own. */
final class StatsSql {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private StatsSql() {
    }

    static <T> T read(TransactionOperations<Connection> transactions, Work<T> work) {
        return transactions.executeRead(status -> call(status.getConnection(), work));
    }

    static <T> T write(TransactionOperations<Connection> transactions, Work<T> work) {
        return transactions.executeWrite(status -> call(status.getConnection(), work));
    }

    private static <T> T call(Connection connection, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
