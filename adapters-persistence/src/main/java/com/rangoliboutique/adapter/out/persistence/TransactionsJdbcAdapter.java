package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/** One JDBC transaction around a use case: the repositories above join it. */
@Singleton
class TransactionsJdbcAdapter implements Transactions {

    private final TransactionOperations<Connection> transactions;

    TransactionsJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
