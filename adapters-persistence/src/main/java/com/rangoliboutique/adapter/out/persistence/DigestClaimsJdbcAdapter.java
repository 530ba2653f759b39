package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.DigestClaims;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;

/**
 * A digest day is claimed by the one INSERT that makes its row in {@code digest_claims} (V9): PostgreSQL's unique key
 * decides between workers, and the row outlives a restart.
 */
@Singleton
class DigestClaimsJdbcAdapter implements DigestClaims {

    private final TransactionOperations<Connection> transactions;

    DigestClaimsJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean claim(LocalDate day) {
        return StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO digest_claims (day) VALUES (?) ON CONFLICT (day) DO NOTHING")) {
                s.setDate(1, Date.valueOf(day));
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(LocalDate day) {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM digest_claims WHERE day = ?")) {
                s.setDate(1, Date.valueOf(day));
                return s.executeUpdate();
            }
        });
    }
}
