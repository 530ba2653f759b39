package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Listing;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Photo;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.PhotoSize;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.catalog.SearchWords;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buyers' read side, in plain SQL with every value bound. The whole catalog is read in three statements (products,
 * their Color and Size variants, their photos), each one pass over what buyers can see; a changed product is read
 * again by id. Reads need no transaction; each method takes one pooled connection.
 */
@Singleton
class CatalogReadsJdbcAdapter implements CatalogReads {

    static final String VISIBLE = "p.status IN ('PUBLISHED', 'SOLD_OUT')";

    private static final String ITEMS = "SELECT p.id, p.dress_id, p.title, p.price_inr, p.sale_price_paise, p.status,"
            + " p.published_at,"
            + " p.updated_at, p.categories::text AS categories,"
            + " array_to_string(tsvector_to_array(p.search_words), chr(1)) AS words"
            + " FROM products p WHERE " + VISIBLE;
    private static final String VARIANTS = "SELECT v.product_id, lower(v.type) AS type, v.value"
            + " FROM variant_options v JOIN products p ON p.id = v.product_id"
            + " WHERE " + VISIBLE + " AND lower(v.type) IN ('color', 'colour', 'size')";
    private static final String VARIANTS_ORDER = " ORDER BY v.product_id, v.sort_order, v.id";
    /**
     * Public photos: the AI photos first — the main one (gallery position 0), the gallery in the order the owner added
     * it, then (pieces published before the gallery) newest version first — then the originals. A copy's WebP twin
     * counts only where it sits beside the JPEG (as publishing stores it), so the read model holds a flag, not a URL.
     */
    private static final String PHOTOS = "SELECT i.id, i.product_id, i.type, i.style, i.url, r.url AS r_url, r.width, r.height,"
            + " r.size_bytes, (r.webp_url IS NOT NULL AND r.url LIKE '%.jpg'"
            + " AND r.webp_url = left(r.url, -4) || '.webp') AS has_webp"
            + " FROM images i LEFT JOIN image_renditions r ON r.image_id = i.id"
            + " WHERE i.is_public AND i.status = 'READY' AND i.url IS NOT NULL";
    private static final String PHOTOS_ORDER = " ORDER BY i.product_id, (i.type = 'AI_GENERATED') DESC,"
            + " i.gallery_position NULLS LAST, CASE WHEN i.type = 'AI_GENERATED' THEN -i.version ELSE i.version END, i.id, r.width";

    private final DataSource dataSource;
    private final Products products;
    private final JsonColumns json;

    CatalogReadsJdbcAdapter(DataSource dataSource, Products products, JsonColumns json) {
        // the pool itself: the contextual wrapper hands out connections only inside a transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.products = products;
        this.json = json;
    }

    @Override
    public List<CatalogItem> visibleItems() {
        return items(null);
    }

    @Override
    public List<CatalogItem> visibleItems(Collection<Long> productIds) {
        return productIds.isEmpty() ? List.of() : items(productIds);
    }

    /** @param ids the products to read, or null for all */
    private List<CatalogItem> items(Collection<Long> ids) {
        String only = ids == null ? "" : " AND p.id = ANY (?)";
        Map<String, String> shared = new HashMap<>(); // one String per distinct value: categories, colours, words
        try (Connection c = dataSource.getConnection()) {
            // one snapshot for the three statements: a product, its variants and its photos as of one moment
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            Map<Long, List<String>> colors = new HashMap<>();
            Map<Long, List<String>> sizes = new HashMap<>();
            try (PreparedStatement s = prepare(c, VARIANTS + only.replace("p.id", "v.product_id") + VARIANTS_ORDER, ids);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<Long, List<String>> of = r.getString("type").equals("size") ? sizes : colors;
                    of.computeIfAbsent(r.getLong("product_id"), k -> new ArrayList<>(2))
                            .add(shared.computeIfAbsent(r.getString("value"), v -> v));
                }
            }
            Map<Long, Photo> cardPhotos = new HashMap<>();
            String photosOf = ids == null ? " AND i.product_id IN (SELECT p.id FROM products p WHERE " + VISIBLE + ")"
                    : " AND i.product_id = ANY (?)";
            photos(c, photosOf, ids, (productId, photo) -> cardPhotos.putIfAbsent(productId, photo));
            List<CatalogItem> items = new ArrayList<>();
            try (PreparedStatement s = prepare(c, ITEMS + only, ids); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong("id");
                    List<String> categories = json.strings(r.getString("categories")).stream()
                            .map(v -> shared.computeIfAbsent(v, x -> x)).toList();
                    long salePaise = r.getLong("sale_price_paise");
                    Price salePrice = r.wasNull() ? null : new Price(salePaise);
                    items.add(new CatalogItem(id, DressId.parse(r.getString("dress_id")), r.getString("title"),
                            new Price(r.getLong("price_inr")), salePrice, ProductStatus.valueOf(r.getString("status")),
                            instant(r, "published_at"), instant(r, "updated_at"), categories,
                            colors.getOrDefault(id, List.of()), sizes.getOrDefault(id, List.of()),
                            words(r.getString("words"), shared), cardPhotos.get(id)));
                }
            }
            c.commit();
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog failed", e);
        }
    }

    /** The stemmed words, sent as one text joined by U+0001 (no word has it): quicker to read than an array. */
    private static SearchWords words(String joined, Map<String, String> shared) {
        if (joined == null || joined.isEmpty()) {
            return SearchWords.NONE;
        }
        List<String> list = new ArrayList<>();
        int start = 0;
        while (start <= joined.length()) {
            int end = joined.indexOf('\u0001', start);
            if (end < 0) {
                end = joined.length();
            }
            list.add(shared.computeIfAbsent(joined.substring(start, end), w -> w));
            start = end + 1;
        }
        return SearchWords.of(list);
    }

    @Override
    public SearchTerms searchTerms(String text) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT websearch_to_tsquery('english', ?)::text")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return TsQueryText.parse(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the search words failed", e);
        }
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
            List<Photo> photos = new ArrayList<>();
            photos(c, " AND i.product_id = ANY (?)", List.of(id), (productId, photo) -> photos.add(photo));
            return Optional.of(new Listing(product.get(), publishedAt, photos));
        } catch (SQLException e) {
            throw new IllegalStateException("product listing failed", e);
        }
    }

    private interface PhotoSink {
        void accept(long productId, Photo photo);
    }

    /** Public photos of the products {@code where} selects, each product's in the order buyers see them. */
    private static void photos(Connection c, String where, Collection<Long> ids, PhotoSink sink) throws SQLException {
        try (PreparedStatement s = prepare(c, PHOTOS + where + PHOTOS_ORDER, ids); ResultSet r = s.executeQuery()) {
            long currentImage = -1;
            long currentProduct = -1;
            String url = null;
            boolean ai = false;
            AiStyle style = null;
            List<PhotoSize> sizes = new ArrayList<>();
            while (r.next()) {
                long imageId = r.getLong("id");
                if (imageId != currentImage) {
                    if (currentImage != -1) {
                        sink.accept(currentProduct, new Photo(url, ai, sizes, style));
                    }
                    currentImage = imageId;
                    currentProduct = r.getLong("product_id");
                    url = r.getString("url");
                    ai = "AI_GENERATED".equals(r.getString("type"));
                    style = ai ? AiStyle.ofName(r.getString("style")) : null;
                    sizes = new ArrayList<>(3);
                }
                String sizeUrl = r.getString("r_url");
                if (sizeUrl != null) {
                    sizes.add(new PhotoSize(sizeUrl, r.getInt("width"), r.getInt("height"), r.getInt("size_bytes"),
                            r.getBoolean("has_webp")));
                }
            }
            if (currentImage != -1) {
                sink.accept(currentProduct, new Photo(url, ai, sizes, style));
            }
        }
    }

    /** @param ids bound to the statement's one {@code ANY (?)}, when not null */
    private static PreparedStatement prepare(Connection c, String sql, Collection<Long> ids) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        if (ids != null) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
        }
        return s;
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
