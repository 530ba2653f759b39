package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.domain.product.DressId;

import java.time.Instant;
import java.util.Optional;

/** {@link PieceMessages} in an {@link InMemoryDatabase}: rows point at a stored product and go with it. */
final class InMemoryPieceMessages implements PieceMessages {

    private final InMemoryDatabase db;

    InMemoryPieceMessages(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void remember(long chatId, int messageId, long productId) {
        db.write(() -> {
            Instant now = db.clock.instant();
            if (db.tables.products.containsKey(productId)) {
                db.tables.botMessages.put(key(chatId, messageId), new InMemoryDatabase.BotMessageRow(productId, now));
            }
            db.tables.botMessages.values().removeIf(row -> row.writtenAt().isBefore(now.minus(KEPT)));
        });
    }

    @Override
    public Optional<DressId> pieceOf(long chatId, int messageId) {
        return db.read(() -> Optional.ofNullable(db.tables.botMessages.get(key(chatId, messageId)))
                .filter(row -> !row.writtenAt().isBefore(db.clock.instant().minus(KEPT)))
                .map(row -> db.tables.products.get(row.productId()))
                .map(product -> product.dressId()));
    }

    private static String key(long chatId, int messageId) {
        return chatId + ":" + messageId;
    }
}
