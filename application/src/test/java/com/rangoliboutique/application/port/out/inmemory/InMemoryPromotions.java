package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.Promotions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Promotions} in an {@link InMemoryDatabase}: rows in its transactions, due by its clock. */
public final class InMemoryPromotions implements Promotions {

    /** A row of {@code promotions}; {@code doneAt} null while open, {@code nextAttemptAt} {@link Instant#MAX} given up. */
    public record Row(long id, Kind kind, long productId, Long chatId, Instant createdAt, int attempts,
                      Instant nextAttemptAt, Instant claimedUntil, String lastError, Instant doneAt) {

        Row with(int attempts, Instant nextAttemptAt, Instant claimedUntil, String lastError, Instant doneAt) {
            return new Row(id, kind, productId, chatId, createdAt, attempts, nextAttemptAt, claimedUntil, lastError,
                    doneAt);
        }

        boolean open() {
            return doneAt == null;
        }
    }

    private final InMemoryDatabase db;

    InMemoryPromotions(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void pieceChanged(long productId) {
        add(Kind.PIECE_CHANGED, productId, null);
    }

    @Override
    public void everyPostChanged() {
        db.write(() -> new java.util.TreeSet<>(db.tables.channelPosts.keySet()).forEach(this::pieceChanged));
    }

    @Override
    public void shareCards(long chatId, long productId) {
        add(Kind.SHARE_CARDS, productId, chatId);
    }

    private void add(Kind kind, long productId, Long chatId) {
        db.write(() -> {
            Instant now = db.clock.instant();
            db.tables.promotions.add(new Row(db.promotionIds.incrementAndGet(), kind, productId, chatId, now, 0, now,
                    null, null, null));
        });
    }

    @Override
    public List<Promotion> claim(int max, Duration lease) {
        return db.read(() -> {
            Instant now = db.clock.instant();
            Set<Long> busy = new HashSet<>();
            for (Row row : db.tables.promotions) {
                if (row.open() && row.kind() == Kind.PIECE_CHANGED && leased(row, now)) {
                    busy.add(row.productId());
                }
            }
            List<Promotion> claimed = new ArrayList<>();
            List<Row> rows = db.tables.promotions;
            for (int i = 0; i < rows.size() && claimed.size() < max; i++) {
                Row row = rows.get(i);
                if (!row.open() || row.nextAttemptAt().isAfter(now) || leased(row, now)
                        || row.kind() == Kind.PIECE_CHANGED && busy.contains(row.productId())) {
                    continue;
                }
                rows.set(i, row.with(row.attempts(), row.nextAttemptAt(), now.plus(lease), row.lastError(), null));
                claimed.add(new Promotion(row.id(), row.kind(), row.productId(), Optional.ofNullable(row.chatId()),
                        row.attempts()));
            }
            return claimed;
        });
    }

    private static boolean leased(Row row, Instant now) {
        return row.claimedUntil() != null && row.claimedUntil().isAfter(now);
    }

    @Override
    public void done(long id) {
        change(id, row -> row.with(row.attempts(), row.nextAttemptAt(), null, row.lastError(), db.clock.instant()));
    }

    @Override
    public void retryLater(long id, String error, Duration wait) {
        change(id, row -> row.with(row.attempts() + 1, db.clock.instant().plus(wait), null, error, null));
    }

    @Override
    public void giveUp(long id, String error) {
        change(id, row -> row.with(row.attempts() + 1, Instant.MAX, null, error, null));
    }

    private void change(long id, java.util.function.UnaryOperator<Row> change) {
        db.write(() -> db.tables.promotions.replaceAll(row -> row.id() == id ? change.apply(row) : row));
    }

    /** Every row, oldest first, for tests. */
    public List<Row> rows() {
        return db.read(() -> List.copyOf(db.tables.promotions));
    }
}
