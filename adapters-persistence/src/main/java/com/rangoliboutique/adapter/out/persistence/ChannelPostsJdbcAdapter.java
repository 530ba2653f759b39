package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.ChannelPosts;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@code channel_posts} (V10): one row per piece with a post in the shop's channel. */
@Singleton
class ChannelPostsJdbcAdapter implements ChannelPosts {

    private static final String OF = "SELECT channel_id, message_id, shown, fingerprint FROM channel_posts"
            + " WHERE product_id = ?";
    private static final String SAVE = "INSERT INTO channel_posts (product_id, channel_id, message_id, shown, fingerprint)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (product_id) DO UPDATE SET channel_id = EXCLUDED.channel_id,"
            + " message_id = EXCLUDED.message_id, shown = EXCLUDED.shown, fingerprint = EXCLUDED.fingerprint,"
            + " updated_at = now()";
    private static final String FORGET = "DELETE FROM channel_posts WHERE product_id = ?";

    private final TransactionOperations<Connection> transactions;

    ChannelPostsJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Post> of(long productId) {
        return StatsSql.read(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(OF)) {
                s.setLong(1, productId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Post(r.getString(1), r.getInt(2),
                            "SOLD_OUT".equals(r.getString(3)), r.getString(4))) : Optional.<Post>empty();
                }
            }
        });
    }

    @Override
    public void save(long productId, Post post) {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(SAVE)) {
                s.setLong(1, productId);
                s.setString(2, post.channelId());
                s.setInt(3, post.messageId());
                s.setString(4, post.soldOut() ? "SOLD_OUT" : "PUBLISHED");
                s.setString(5, post.fingerprint());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void forget(long productId) {
        StatsSql.write(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(FORGET)) {
                s.setLong(1, productId);
                return s.executeUpdate();
            }
        });
    }
}
