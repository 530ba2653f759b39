package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Promotions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox in {@code promotions} (V10). A write joins the caller's transaction (the status change that causes it).
 * A claim is one statement under a transaction-wide advisory lock, so claims follow one another: the rows it takes
 * are locked with {@code FOR UPDATE SKIP LOCKED} and leased ({@code claimed_until}), and a piece whose change is out
 * on lease gets no second one until it is done — two workers never change one channel post at once.
 */
@Singleton
class PromotionsJdbcAdapter implements Promotions {

    /** The advisory lock key of claims: "PROMO" in ASCII. */
    private static final long CLAIM_LOCK = 0x50524F4D4FL;

    private static final String ADD = "INSERT INTO promotions (product_id, kind, chat_id) VALUES (?, ?, ?)";
    private static final String CLAIM = "UPDATE promotions SET claimed_until = now() + make_interval(secs => ?)"
            + " WHERE id IN (SELECT p.id FROM promotions p"
            + "   WHERE p.done_at IS NULL AND p.next_attempt_at <= now()"
            + "   AND (p.claimed_until IS NULL OR p.claimed_until <= now())"
            + "   AND NOT (p.kind = 'PIECE_CHANGED' AND EXISTS (SELECT 1 FROM promotions o"
            + "     WHERE o.product_id = p.product_id AND o.kind = 'PIECE_CHANGED' AND o.done_at IS NULL"
            + "     AND o.claimed_until > now()))"
            + "   ORDER BY p.next_attempt_at, p.id LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING id, kind, product_id, chat_id, attempts";
    private static final String DONE = "UPDATE promotions SET done_at = now(), claimed_until = NULL WHERE id = ?";
    private static final String RETRY = "UPDATE promotions SET attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = now() + make_interval(secs => ?), claimed_until = NULL WHERE id = ?";
    private static final String GIVE_UP = "UPDATE promotions SET attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = 'infinity', claimed_until = NULL WHERE id = ?";

    private final TransactionOperations<Connection> transactions;

    PromotionsJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void pieceChanged(long productId) {
        add(Kind.PIECE_CHANGED, productId, null);
    }

    @Override
    public void everyPostChanged() {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO promotions (product_id, kind)"
                    + " SELECT product_id, 'PIECE_CHANGED' FROM channel_posts ORDER BY product_id")) {
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void shareCards(long chatId, long productId) {
        add(Kind.SHARE_CARDS, productId, chatId);
    }

    private void add(Kind kind, long productId, Long chatId) {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(ADD)) {
                s.setLong(1, productId);
                s.setString(2, kind.name());
                if (chatId == null) {
                    s.setNull(3, Types.BIGINT);
                } else {
                    s.setLong(3, chatId);
                }
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<Promotion> claim(int max, Duration lease) {
        return StatsSql.write(transactions, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CLAIM_LOCK);
                lock.execute();
            }
            List<Promotion> claimed = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                s.setDouble(1, lease.toMillis() / 1000.0);
                s.setInt(2, max);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long chatId = r.getLong("chat_id");
                        Optional<Long> chat = r.wasNull() ? Optional.empty() : Optional.of(chatId);
                        claimed.add(new Promotion(r.getLong("id"), Kind.valueOf(r.getString("kind")),
                                r.getLong("product_id"), chat, r.getInt("attempts")));
                    }
                }
            }
            claimed.sort(java.util.Comparator.comparingLong(Promotion::id));
            return claimed;
        });
    }

    @Override
    public void done(long id) {
        update(DONE, s -> s.setLong(1, id));
    }

    @Override
    public void retryLater(long id, String error, Duration wait) {
        update(RETRY, s -> {
            s.setString(1, error);
            s.setDouble(2, wait.toMillis() / 1000.0);
            s.setLong(3, id);
        });
    }

    @Override
    public void giveUp(long id, String error) {
        update(GIVE_UP, s -> {
            s.setString(1, error);
            s.setLong(2, id);
        });
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws java.sql.SQLException;
    }

    private void update(String sql, Binding binding) {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binding.bind(s);
                return s.executeUpdate();
            }
        });
    }
}
