package com.rangoliboutique.resilience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the shop's database holds, read over JDBC as an operator would with psql. */
final class Rows {

    record Product(long id, String dressId, String status, Integer cardMessageId) {
    }

    record AiImage(long id, long productId, int version, String status) {
    }

    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final OwnPostgres postgres;

    Rows(OwnPostgres postgres) {
        this.postgres = postgres;
    }

    List<Product> productsTitled(String title) throws SQLException {
        return query("SELECT id, dress_id, status, telegram_message_id FROM products WHERE title = ? ORDER BY id",
                row -> new Product(row.getLong(1), row.getString(2), row.getString(3),
                        (Integer) row.getObject(4)), title);
    }

    Product onlyProductTitled(String title) throws SQLException {
        List<Product> found = productsTitled(title);
        if (found.size() != 1) {
            throw new AssertionError("expected one product titled " + title + ", found " + found);
        }
        return found.get(0);
    }

    Optional<Product> product(long id) throws SQLException {
        return query("SELECT id, dress_id, status, telegram_message_id FROM products WHERE id = ?",
                row -> new Product(row.getLong(1), row.getString(2), row.getString(3), (Integer) row.getObject(4)), id)
                .stream().findFirst();
    }

    List<AiImage> aiImages() throws SQLException {
        return query("SELECT id, product_id, version, status FROM images WHERE type = 'AI_GENERATED' ORDER BY id",
                row -> new AiImage(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4)));
    }

    List<AiImage> aiImagesOf(long productId) throws SQLException {
        return aiImages().stream().filter(image -> image.productId() == productId).toList();
    }

    List<String> auditActions(long productId) throws SQLException {
        return query("SELECT action FROM audit_log WHERE product_id = ? ORDER BY id", row -> row.getString(1), productId);
    }

    long originalPhotos(long productId) throws SQLException {
        return query("SELECT count(*) FROM images WHERE product_id = ? AND type = 'ORIGINAL'", row -> row.getLong(1),
                productId).get(0);
    }

    long products() throws SQLException {
        return query("SELECT count(*) FROM products", row -> row.getLong(1)).get(0);
    }

    <T> List<T> query(String sql, Reader<T> reader, Object... parameters) throws SQLException {
        try (Connection connection = postgres.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }
}
