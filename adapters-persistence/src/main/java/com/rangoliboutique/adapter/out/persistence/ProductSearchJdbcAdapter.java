package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.in.PiecePage.Piece;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The owner's look-ups in plain SQL over every status: the newest products, and full-text search through the same
 * stored {@code search_words} (GIN-indexed) and {@code websearch_to_tsquery('english', …)} as the buyers' search.
 */
@Singleton
class ProductSearchJdbcAdapter implements ProductSearch {

    private static final String COLUMNS = "SELECT id, dress_id, title, price_inr, sale_price_paise, status FROM products";
    private static final String NEWEST = " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?";
    private static final String MATCHING = " WHERE search_words @@ websearch_to_tsquery('english', ?)";

    private final JdbcOperations jdbc;

    ProductSearchJdbcAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Found newest(Optional<ProductStatus> status, int offset, int limit) {
        String where = status.isPresent() ? " WHERE status = ?" : "";
        String value = status.map(ProductStatus::name).orElse(null);
        return found(where, value, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Found matching(String words, int offset, int limit) {
        if (words == null || words.isBlank()) {
            return new Found(List.of(), 0);
        }
        return found(MATCHING, words.strip(), offset, limit);
    }

    /** @param value the one parameter of {@code where}, or null when it has none */
    private Found found(String where, String value, int offset, int limit) {
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM products" + where, s -> {
            bind(s, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
        if (total == 0 || offset >= total) {
            return new Found(List.of(), total);
        }
        List<Piece> pieces = jdbc.prepareStatement(COLUMNS + where + NEWEST, s -> {
            int next = bind(s, value);
            s.setInt(next, limit);
            s.setInt(next + 1, offset);
            List<Piece> read = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long sale = r.getLong("sale_price_paise");
                    Price salePrice = r.wasNull() ? null : new Price(sale);
                    read.add(new Piece(r.getLong("id"), DressId.parse(r.getString("dress_id")), r.getString("title"),
                            new Price(r.getLong("price_inr")), salePrice, ProductStatus.valueOf(r.getString("status"))));
                }
            }
            return read;
        });
        return new Found(pieces, total);
    }

    /** @return the index of the next parameter */
    private static int bind(PreparedStatement s, String value) throws SQLException {
        if (value == null) {
            return 1;
        }
        s.setString(1, value);
        return 2;
    }
}
