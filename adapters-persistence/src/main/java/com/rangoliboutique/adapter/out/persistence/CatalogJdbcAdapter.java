package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buyers' read side, in plain SQL: the filters are optional, so the statement is put together from fixed pieces
 * with every value bound as a parameter. Reads need no transaction; each method takes one pooled connection.
 */
@Singleton
class CatalogJdbcAdapter implements CatalogReads {

    private static final String VISIBLE = "p.status IN ('PUBLISHED', 'SOLD_OUT')";
    private static final String COLOR_TYPES = "('color', 'colour')";
    private static final String SIZE_TYPES = "('size')";

    private final DataSource dataSource;
    private final Products products;

    CatalogJdbcAdapter(DataSource dataSource, Products products) {
        // the pool itself: the contextual wrapper hands out connections only inside a transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.products = products;
    }

    @Override
    public ResultPage search(CatalogQuery query, Instant now) {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM products p WHERE " + VISIBLE);
        if (query.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(p.categories) c"
                    + " WHERE lower(c) = lower(?))");
            values.add(query.category());
        }
        if (query.minRupees() != null) {
            where.append(" AND p.price_inr >= ?");
            values.add(query.minRupees() * 100);
        }
        if (query.maxRupees() != null) {
            where.append(" AND p.price_inr <= ?");
            values.add(query.maxRupees() * 100);
        }
        if (query.color() != null) {
            where.append(variantIs(COLOR_TYPES));
            values.add(query.color());
        }
        if (query.size() != null) {
            where.append(variantIs(SIZE_TYPES));
            values.add(query.size());
        }
        if (query.newArrivals()) {
            where.append(" AND p.published_at >= ?");
            values.add(Timestamp.from(now.minus(CatalogQuery.NEW_ARRIVAL_PERIOD)));
        }
        if (query.search() != null) {
            where.append(" AND product_search_document(p.title, p.description, p.tags)"
                    + " @@ websearch_to_tsquery('english', ?)");
            values.add(query.search());
        }
        String order = " ORDER BY (p.status = 'SOLD_OUT'), " + switch (query.sort()) {
            case NEWEST -> "p.published_at DESC NULLS LAST";
            case PRICE_LOW -> "p.price_inr ASC";
            case PRICE_HIGH -> "p.price_inr DESC";
        } + ", p.id DESC";
        String sql = "SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at,"
                + " count(*) OVER () AS total" + where + order + " LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Card> cards = new LinkedHashMap<>();
            long total = 0;
            try (PreparedStatement s = prepare(c, sql, values, CatalogQuery.PAGE_SIZE, query.offset());
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    total = r.getLong("total");
                    cards.put(r.getLong("id"), new Card(DressId.parse(r.getString("dress_id")), r.getString("title"),
                            new Price(r.getLong("price_inr")), ProductStatus.valueOf(r.getString("status")),
                            instant(r, "published_at"), null));
                }
            }
            if (cards.isEmpty() && query.offset() > 0) {
                try (PreparedStatement s = prepare(c, "SELECT count(*)" + where, values);
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            Map<Long, List<Photo>> photos = photos(c, cards.keySet());
            List<Card> page = new ArrayList<>(cards.size());
            cards.forEach((id, card) -> page.add(new Card(card.dressId(), card.title(), card.price(), card.status(),
                    card.publishedAt(), photos.getOrDefault(id, List.of()).stream().findFirst().orElse(null))));
            return new ResultPage(page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog search failed", e);
        }
    }

    private static String variantIs(String types) {
        return " AND EXISTS (SELECT 1 FROM variant_options v WHERE v.product_id = p.id AND lower(v.type) IN " + types
                + " AND lower(v.value) = lower(?))";
    }

    @Override
    public Facets facets() {
        try (Connection c = dataSource.getConnection()) {
            List<String> categories = strings(c, "SELECT min(x) FROM products p, jsonb_array_elements_text(p.categories) x"
                    + " WHERE " + VISIBLE + " GROUP BY lower(x) ORDER BY lower(x)");
            List<String> colors = strings(c, variantValues(COLOR_TYPES));
            List<String> sizes = strings(c, variantValues(SIZE_TYPES));
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT min(p.price_inr), max(p.price_inr) FROM products p WHERE " + VISIBLE);
                 ResultSet r = s.executeQuery()) {
                r.next();
                long min = r.getLong(1);
                Long minRupees = r.wasNull() ? null : min / 100;
                long max = r.getLong(2);
                Long maxRupees = r.wasNull() ? null : (max + 99) / 100;
                return new Facets(categories, colors, sizes, minRupees, maxRupees);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("catalog facets failed", e);
        }
    }

    private static String variantValues(String types) {
        // sizes in wearing order (XS, S, M, L, XL…), anything else alphabetically
        return "SELECT min(v.value) FROM variant_options v JOIN products p ON p.id = v.product_id WHERE " + VISIBLE
                + " AND lower(v.type) IN " + types + " GROUP BY lower(v.value)"
                + " ORDER BY array_position(ARRAY['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl', '3xl', '4xl',"
                + " 'free size'], lower(v.value)) NULLS LAST, lower(v.value)";
    }

    @Override
    public Optional<Listing> listing(DressId dressId) {
        Optional<Product> product = products.byDressId(dressId).filter(Product::visibleToBuyers);
        if (product.isEmpty()) {
            return Optional.empty();
        }
        long id = product.get().id();
        try (Connection c = dataSource.getConnection()) {
            Instant publishedAt;
            try (PreparedStatement s = c.prepareStatement("SELECT published_at FROM products WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    publishedAt = r.next() ? instant(r, "published_at") : null;
                }
            }
            return Optional.of(new Listing(product.get(), publishedAt, photos(c, List.of(id)).getOrDefault(id, List.of())));
        } catch (SQLException e) {
            throw new IllegalStateException("product listing failed", e);
        }
    }

    @Override
    public List<SitemapEntry> sitemap() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT p.dress_id, p.updated_at FROM products p WHERE " + VISIBLE
                     + " ORDER BY p.published_at DESC NULLS LAST, p.id DESC");
             ResultSet r = s.executeQuery()) {
            List<SitemapEntry> entries = new ArrayList<>();
            while (r.next()) {
                entries.add(new SitemapEntry(DressId.parse(r.getString(1)), instant(r, "updated_at")));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("sitemap failed", e);
        }
    }

    @Override
    public String fingerprint() {
        // every write to a product (status, fields, variants, publishing its images) writes a new row version with a
        // new xmin; deletes change the count; settings likewise. Only committed rows are seen.
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0)"
                     + " FROM products) || '/' || (SELECT coalesce(sum(xmin::text::bigint), 0) FROM settings)");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog fingerprint failed", e);
        }
    }

    /** Public photos of each product: the AI model photo first, then the originals. */
    private static Map<Long, List<Photo>> photos(Connection c, java.util.Collection<Long> productIds)
            throws SQLException {
        Map<Long, List<Photo>> byProduct = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return byProduct;
        }
        String sql = "SELECT i.id, i.product_id, i.type, i.url, r.url AS r_url, r.width, r.height, r.size_bytes"
                + " FROM images i LEFT JOIN image_renditions r ON r.image_id = i.id"
                + " WHERE i.product_id = ANY (?) AND i.is_public AND i.status = 'READY' AND i.url IS NOT NULL"
                + " ORDER BY i.product_id, (i.type = 'AI_GENERATED') DESC, CASE WHEN i.type = 'AI_GENERATED'"
                + " THEN -i.version ELSE i.version END, i.id, r.width";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", productIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                long currentImage = -1;
                long currentProduct = -1;
                String url = null;
                boolean ai = false;
                List<PhotoSize> sizes = new ArrayList<>();
                while (r.next()) {
                    long imageId = r.getLong("id");
                    if (imageId != currentImage) {
                        if (currentImage != -1) {
                            byProduct.computeIfAbsent(currentProduct, k -> new ArrayList<>()).add(new Photo(url, ai, sizes));
                        }
                        currentImage = imageId;
                        currentProduct = r.getLong("product_id");
                        url = r.getString("url");
                        ai = "AI_GENERATED".equals(r.getString("type"));
                        sizes = new ArrayList<>();
                    }
                    String sizeUrl = r.getString("r_url");
                    if (sizeUrl != null) {
                        sizes.add(new PhotoSize(sizeUrl, r.getInt("width"), r.getInt("height"), r.getInt("size_bytes")));
                    }
                }
                if (currentImage != -1) {
                    byProduct.computeIfAbsent(currentProduct, k -> new ArrayList<>()).add(new Photo(url, ai, sizes));
                }
            }
        }
        return byProduct;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> values, Object... more)
            throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        int i = 1;
        for (Object value : values) {
            s.setObject(i++, value);
        }
        for (Object value : more) {
            s.setObject(i++, value);
        }
        return s;
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
