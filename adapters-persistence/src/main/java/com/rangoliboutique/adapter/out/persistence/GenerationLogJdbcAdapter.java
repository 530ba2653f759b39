package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.ImageGenerator.Usage;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/**
 * The generator's calls in {@code ai_generations} (V14), summed in SQL; the approved AI photos are the audit's
 * {@code PUBLISH} entries whose payload names an {@code ai_version} (what Approve writes when it publishes one).
 */
@Singleton
class GenerationLogJdbcAdapter implements GenerationLog {

    private static final String INSERT = "INSERT INTO ai_generations (product_id, image_id, version, attempt, model,"
            + " prompt_version, style, started_at, latency_ms, prompt_tokens, output_tokens, total_tokens, outcome,"
            + " billed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TOTALS = "SELECT COUNT(*) AS attempts,"
            + " COUNT(*) FILTER (WHERE outcome = 'READY') AS ready,"
            + " COUNT(*) FILTER (WHERE outcome = 'REFUSED') AS refused,"
            + " COUNT(*) FILTER (WHERE billed) AS billed,"
            + " COALESCE(SUM(latency_ms) FILTER (WHERE outcome = 'READY'), 0) AS ready_latency_ms,"
            + " COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens, COALESCE(SUM(output_tokens), 0) AS output_tokens,"
            + " COALESCE(SUM(total_tokens), 0) AS total_tokens,"
            + " (SELECT COUNT(*) FROM audit_log WHERE action = 'PUBLISH' AND payload ->> 'ai_version' IS NOT NULL"
            + "  AND created_at >= ? AND created_at < ?) AS approved"
            + " FROM ai_generations WHERE started_at >= ? AND started_at < ?";

    private final TransactionOperations<Connection> transactions;

    GenerationLogJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(Generation g) {
        Usage usage = g.usage();
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setLong(1, g.productId());
                s.setLong(2, g.imageId());
                s.setInt(3, g.version());
                s.setInt(4, g.attempt());
                s.setString(5, usage.model());
                s.setString(6, usage.promptVersion());
                s.setString(7, g.style());
                s.setTimestamp(8, Timestamp.from(g.startedAt()));
                s.setLong(9, g.latency().toMillis());
                nullableInt(s, 10, usage.promptTokens());
                nullableInt(s, 11, usage.outputTokens());
                nullableInt(s, 12, usage.totalTokens());
                s.setString(13, g.outcome().name());
                s.setBoolean(14, g.billed());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Totals between(Instant from, Instant to) {
        return StatsSql.read(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(TOTALS)) {
                s.setTimestamp(1, Timestamp.from(from));
                s.setTimestamp(2, Timestamp.from(to));
                s.setTimestamp(3, Timestamp.from(from));
                s.setTimestamp(4, Timestamp.from(to));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new Totals(rs.getLong("attempts"), rs.getLong("ready"), rs.getLong("refused"),
                            rs.getLong("billed"), Duration.ofMillis(rs.getLong("ready_latency_ms")),
                            rs.getLong("approved"), rs.getLong("prompt_tokens"), rs.getLong("output_tokens"),
                            rs.getLong("total_tokens"));
                }
            }
        });
    }

    private static void nullableInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
