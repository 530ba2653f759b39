package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * {@code bot_messages} (V7): (chat, message) → product, deleted with the product. Each write also deletes the rows
 * older than {@link PieceMessages#KEPT} (an index range on {@code written_at}), so the table stays a few months of
 * the owner's chat; a read ignores a row past that age that is still there. Joins the caller's transaction, if any.
 */
@Singleton
class PieceMessagesJdbcAdapter implements PieceMessages {

    private static final String REMEMBER = "INSERT INTO bot_messages (chat_id, message_id, product_id)"
            + " SELECT ?, ?, id FROM products WHERE id = ?"
            + " ON CONFLICT (chat_id, message_id) DO UPDATE SET product_id = EXCLUDED.product_id, written_at = now()";
    private static final String FORGET_OLD = "DELETE FROM bot_messages WHERE written_at < now() - make_interval(days => ?)";
    private static final String PIECE_OF = "SELECT p.dress_id FROM bot_messages m JOIN products p ON p.id = m.product_id"
            + " WHERE m.chat_id = ? AND m.message_id = ? AND m.written_at >= now() - make_interval(days => ?)";

    private final JdbcOperations jdbc;

    PieceMessagesJdbcAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void remember(long chatId, int messageId, long productId) {
        jdbc.prepareStatement(REMEMBER, s -> {
            s.setLong(1, chatId);
            s.setInt(2, messageId);
            s.setLong(3, productId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement(FORGET_OLD, s -> {
            s.setInt(1, (int) KEPT.toDays());
            return s.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DressId> pieceOf(long chatId, int messageId) {
        return jdbc.prepareStatement(PIECE_OF, s -> {
            s.setLong(1, chatId);
            s.setInt(2, messageId);
            s.setInt(3, (int) KEPT.toDays());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(DressId.parse(r.getString(1))) : Optional.<DressId>empty();
            }
        });
    }
}
