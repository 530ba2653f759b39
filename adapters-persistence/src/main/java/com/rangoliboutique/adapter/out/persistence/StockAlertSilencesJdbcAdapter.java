package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.StockAlertSilences;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/** Keep on a stock alert: one row per piece in {@code stock_alert_silences} (V9), in the caller's transaction. */
@Singleton
class StockAlertSilencesJdbcAdapter implements StockAlertSilences {

    private static final String UPSERT = "INSERT INTO stock_alert_silences (product_id, silent_until) VALUES (?, ?)"
            + " ON CONFLICT (product_id) DO UPDATE SET silent_until = EXCLUDED.silent_until";

    private final TransactionOperations<Connection> transactions;

    StockAlertSilencesJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void silenceUntil(long productId, Instant until) {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                s.setLong(1, productId);
                s.setTimestamp(2, Timestamp.from(until));
                return s.executeUpdate();
            }
        });
    }
}
