package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Card;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogPage;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Photo;
import com.rangoliboutique.application.service.BrowseCatalogService;
import com.rangoliboutique.application.service.CatalogReadModel;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.CatalogSort;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.Variant;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The buyers' queries on a real PostgreSQL, with products in every status: the catalog as this adapter reads it
 * (whole, as each web process keeps it in memory) and as the catalog use case pages, filters and searches it.
 */
class CatalogJdbcAdapterIT extends DatabaseIT {

    private static final Instant NOW = Instant.now();

    @Inject
    CatalogReads catalog;
    @Inject
    Products products;
    @Inject
    Settings settings;

    private Product product(String title, long rupees, List<String> categories, List<String> tags,
                            List<Variant> variants, Consumer<Product> status) {
        ProductDetails details = new ProductDetails(title, title + " — handwoven with care.", categories, tags,
                Price.ofRupees(rupees), variants);
        Product p = products.add(Product.draft(products.nextDressId(), details, 1L));
        status.accept(p);
        products.update(p);
        return products.byId(p.id()).orElseThrow();
    }

    private Product published(String title, long rupees, String category, Variant... variants) {
        return product(title, rupees, List.of(category), List.of("wedding"), List.of(variants), Product::publish);
    }

    private static List<String> titles(CatalogPage page) {
        return page.cards().stream().map(Card::title).toList();
    }

    /** The catalog as a web process that starts now reads it. */
    private BrowseCatalogUseCase browse() {
        return new BrowseCatalogService(new CatalogReadModel(catalog, settings), catalog,
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC), "https://rangoliboutique.com");
    }

    private CatalogPage search(Map<String, String> parameters) {
        return browse().catalog(CatalogQuery.fromParameters(parameters));
    }

    @Test
    void showsPublishedThenSoldOutAndNeverDraftsOrHidden() {
        published("Red Banarasi Saree", 12_500, "saree");
        product("Sold Chanderi Saree", 9_000, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.markSoldOut();
        });
        product("Draft Saree", 5_000, List.of("saree"), List.of(), List.of(), p -> { });
        product("Hidden Saree", 5_000, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.hide();
        });
        published("Green Silk Dress", 4_000, "dress");

        CatalogPage page = search(Map.of());

        assertEquals(List.of("Green Silk Dress", "Red Banarasi Saree", "Sold Chanderi Saree"), titles(page));
        assertEquals(3, page.total());
        assertEquals(ProductStatus.SOLD_OUT, page.cards().get(2).status());
        // sold-out pieces stay after the available ones whatever the order
        assertEquals(List.of("Green Silk Dress", "Red Banarasi Saree", "Sold Chanderi Saree"),
                titles(search(Map.of("sort", "price_asc"))));
        assertEquals(List.of("Red Banarasi Saree", "Green Silk Dress", "Sold Chanderi Saree"),
                titles(search(Map.of("sort", "price_desc"))));
    }

    @Test
    void filtersByCategoryPriceColorSizeAndNewArrivals() throws SQLException {
        Product red = published("Red Banarasi Saree", 12_500, "saree", new Variant("Color", "Red with Gold Border", 0));
        published("Green Kanjivaram Saree", 22_000, "Saree", new Variant("Colour", "Green", 0));
        Product dress = published("Pink Anarkali Dress", 4_500, "dress", new Variant("Size", "M", 0),
                new Variant("Size", "L", 1), new Variant("Color", "Pink", 2));
        sql("UPDATE products SET published_at = now() - interval '30 days' WHERE id = " + red.id());

        assertEquals(List.of("Green Kanjivaram Saree", "Red Banarasi Saree"), titles(search(Map.of("category", "saree"))));
        assertEquals(List.of("Pink Anarkali Dress"), titles(search(Map.of("category", "DRESS"))));
        assertEquals(List.of("Red Banarasi Saree"), titles(search(Map.of("min", "5000", "max", "12500"))));
        assertEquals(List.of("Pink Anarkali Dress"), titles(search(Map.of("max", "4500"))));
        assertEquals(List.of("Red Banarasi Saree"), titles(search(Map.of("color", "red with gold border"))));
        assertEquals(List.of("Green Kanjivaram Saree"), titles(search(Map.of("color", "Green"))));
        assertEquals(List.of("Pink Anarkali Dress"), titles(search(Map.of("size", "L"))));
        assertEquals(List.of(), titles(search(Map.of("size", "XL"))));
        assertEquals(List.of("Pink Anarkali Dress", "Green Kanjivaram Saree"), titles(search(Map.of("new", "1"))));
        assertEquals(List.of("Pink Anarkali Dress"), titles(search(Map.of("new", "1", "category", "dress",
                "size", "M", "color", "pink", "max", "5000"))));
        assertEquals(dress.dressId(), search(Map.of("size", "M")).cards().get(0).dressId());
    }

    @Test
    void searchesTitlesDescriptionsAndTagsWithStemming() {
        product("Red Banarasi Silk Saree", 12_500, List.of("saree"), List.of("wedding", "zari"), List.of(),
                Product::publish);
        product("Cotton Kurta", 1_800, List.of("kurta"), List.of("daily"), List.of(), p -> {
            p.edit(ProductPatch.empty().withDescription("Light cotton for summer weddings."));
            p.publish();
        });
        product("Hidden Zari Saree", 9_000, List.of("saree"), List.of("zari"), List.of(), p -> {
            p.publish();
            p.hide();
        });

        assertEquals(List.of("Red Banarasi Silk Saree"), titles(search(Map.of("q", "sarees"))));
        assertEquals(List.of("Red Banarasi Silk Saree"), titles(search(Map.of("q", "zari"))));
        assertEquals(List.of("Cotton Kurta", "Red Banarasi Silk Saree"), titles(search(Map.of("q", "wedding"))));
        assertEquals(List.of("Cotton Kurta"), titles(search(Map.of("q", "summer cotton"))));
        assertEquals(List.of(), titles(search(Map.of("q", "lehenga"))));
        // whatever a buyer types is a search, never an SQL or tsquery error
        for (String odd : List.of("'; DROP TABLE products; --", "saree & | ! ( ) :*", "\"unclosed", "-", "<script>",
                "%_\\", "साड़ी")) {
            search(Map.of("q", odd));
        }
    }

    @Test
    void pagesAreStableAndComplete() throws SQLException {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(published("Saree " + i, 1_000 + (i % 3) * 100, "saree").dressId().value());
        }
        sql("UPDATE products SET published_at = '2026-01-01T00:00:00Z'"); // same time for all: the id breaks ties

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            CatalogPage result = search(Map.of("sort", "price_asc", "page", String.valueOf(page)));
            assertEquals(60, result.total());
            result.cards().forEach(c -> seen.add(c.dressId().value()));
        }
        assertEquals(60, seen.size());
        assertEquals(60, seen.stream().distinct().count());
        assertEquals(24, search(Map.of()).cards().size());
        CatalogPage beyond = search(Map.of("page", "4"));
        assertEquals(List.of(), beyond.cards());
        assertEquals(60, beyond.total());
        assertTrue(all.containsAll(seen));
    }

    @Test
    void cardsShowTheApprovedAiPhotoElseTheOriginalAndNeverPrivateOnes() throws SQLException {
        Product withAi = published("With AI", 5_000, "saree");
        Product originalOnly = published("Original only", 6_000, "saree");
        Product noPhoto = published("No photo", 7_000, "saree");
        image(withAi, "ORIGINAL", 1, true);
        image(withAi, "AI_GENERATED", 1, false); // a rejected first try
        long ai2 = image(withAi, "AI_GENERATED", 2, true);
        sql("INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes) VALUES"
                + " (" + ai2 + ", 800, 1067, 'k8', '/media/public/ai/v2-800w.jpg', 90000),"
                + " (" + ai2 + ", 400, 533, 'k4', '/media/public/ai/v2-400w.jpg', 30000)");
        image(originalOnly, "ORIGINAL", 1, true);
        image(originalOnly, "AI_GENERATED", 1, false);
        image(noPhoto, "ORIGINAL", 1, false);

        Map<String, Photo> photos = new java.util.HashMap<>();
        search(Map.of()).cards().forEach(c -> photos.put(c.title(), c.photo()));

        Photo ai = photos.get("With AI");
        assertTrue(ai.aiGenerated());
        assertEquals("/media/public/ai/D/v2.jpg", ai.url());
        assertEquals(List.of(400, 800), ai.sizes().stream().map(BrowseCatalogUseCase.PhotoSize::width).toList());
        assertEquals(533, ai.sizes().get(0).height());
        assertEquals("/media/public/originals/D/v1.jpg", photos.get("Original only").url());
        assertFalse(photos.get("Original only").aiGenerated());
        assertNull(photos.get("No photo"));

        List<Photo> gallery = catalog.listing(withAi.dressId()).orElseThrow().photos();
        assertEquals(List.of("/media/public/ai/D/v2.jpg", "/media/public/originals/D/v1.jpg"),
                gallery.stream().map(Photo::url).toList());
    }

    @Test
    void aCopysWebpTwinIsReadWhereItSitsBesideTheJpeg() throws SQLException {
        Product saree = published("WebP", 5_000, "saree");
        long id = image(saree, "ORIGINAL", 1, true);
        sql("INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes, webp_storage_key,"
                + " webp_url, webp_size_bytes) VALUES"
                + " (" + id + ", 400, 533, 'k4', '/media/public/o/v1-400w.jpg', 30000, 'k4w', '/media/public/o/v1-400w.webp',"
                + " 12000),"
                + " (" + id + ", 800, 1067, 'k8', '/media/public/o/v1-800w.jpg', 90000, 'k8w', 'https://elsewhere/x.webp',"
                + " 40000),"
                + " (" + id + ", 1200, 1600, 'k12', '/media/public/o/v1-1200w.jpg', 150000, NULL, NULL, NULL)");

        List<BrowseCatalogUseCase.PhotoSize> sizes = search(Map.of()).cards().get(0).photo().sizes();

        assertEquals("/media/public/o/v1-400w.webp", sizes.get(0).webpUrl());
        assertNull(sizes.get(1).webpUrl(), "a twin somewhere else is not taken for one");
        assertNull(sizes.get(2).webpUrl());
        assertEquals(sizes, catalog.listing(saree.dressId()).orElseThrow().photos().get(0).sizes());
    }

    private long image(Product product, String type, int version, boolean isPublic) throws SQLException {
        String folder = type.equals("ORIGINAL") ? "originals" : "ai";
        String url = isPublic ? "/media/public/" + folder + "/D/v" + version + ".jpg" : "https://signed.example/x";
        try (var c = TestInfrastructure.connect(); var s = c.prepareStatement("INSERT INTO images (product_id, type,"
                + " version, storage_key, url, status, is_public) VALUES (?, ?, ?, ?, ?, 'READY', ?) RETURNING id")) {
            s.setLong(1, product.id());
            s.setString(2, type);
            s.setInt(3, version);
            s.setString(4, folder + "/" + product.dressId() + "/v" + version + ".jpg");
            s.setString(5, url);
            s.setBoolean(6, isPublic);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aListingIsOnlyForVisibleProducts() {
        Product shown = published("Shown", 5_000, "saree", new Variant("Color", "Red", 0));
        Product soldOut = product("Sold", 5_000, List.of(), List.of(), List.of(), p -> {
            p.publish();
            p.markSoldOut();
        });
        Product draft = product("Draft", 5_000, List.of(), List.of(), List.of(), p -> { });
        Product hidden = product("Hidden", 5_000, List.of(), List.of(), List.of(), p -> {
            p.publish();
            p.hide();
        });

        BrowseCatalogUseCase.Listing listing = catalog.listing(shown.dressId()).orElseThrow();
        assertEquals("Shown", listing.product().title());
        assertEquals(List.of(new Variant("Color", "Red", 0)), listing.product().variants());
        assertTrue(listing.publishedAt().isAfter(NOW.minusSeconds(60)));
        assertTrue(catalog.listing(soldOut.dressId()).isPresent());
        assertTrue(catalog.listing(draft.dressId()).isEmpty());
        assertTrue(catalog.listing(hidden.dressId()).isEmpty());
        assertTrue(catalog.listing(new DressId(9999)).isEmpty());
        assertEquals(List.of(soldOut.dressId(), shown.dressId()),
                browse().sitemap().stream().map(BrowseCatalogUseCase.SitemapEntry::dressId).toList());
    }

    @Test
    void facetsOfferOnlyWhatVisibleProductsHave() {
        published("A", 1_250, "saree", new Variant("Size", "XL", 0), new Variant("Size", "S", 1),
                new Variant("Color", "Red", 2));
        published("B", 30_000, "Saree", new Variant("Size", "Free Size", 0), new Variant("Size", "m", 1),
                new Variant("Colour", "red", 2), new Variant("Color", "Gold", 3));
        product("Hidden", 99_000, List.of("lehenga"), List.of(), List.of(new Variant("Color", "Black", 0)), p -> {
            p.publish();
            p.hide();
        });

        BrowseCatalogUseCase.Facets facets = search(Map.of()).facets();

        // one entry per value whatever its case (which spelling wins is up to the collation)
        assertEquals(List.of("saree"), lower(facets.categories()));
        assertEquals(List.of("gold", "red"), lower(facets.colors()));
        assertEquals(List.of("s", "m", "xl", "free size"), lower(facets.sizes()));
        assertEquals(1_250L, facets.minRupees());
        assertEquals(30_000L, facets.maxRupees());
    }

    @Test
    void aSalePriceIsReadAndThePriceFilterSortAndRangeGoByIt() {
        Product saree = product("Red Banarasi Saree", 12_500, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.putOnSale(Price.ofRupees(3_000));
        });
        published("Green Silk Dress", 4_000, "dress");
        published("Cotton Kurta", 1_800, "kurta");

        CatalogReads.CatalogItem item = catalog.visibleItems(List.of(saree.id())).get(0);
        assertEquals(Price.ofRupees(12_500), item.price());
        assertEquals(Price.ofRupees(3_000), item.salePrice());
        assertNull(catalog.visibleItems().stream().filter(i -> i.title().equals("Cotton Kurta")).findFirst()
                .orElseThrow().salePrice(), "no sale price: null");

        assertEquals(List.of("Cotton Kurta", "Red Banarasi Saree", "Green Silk Dress"),
                titles(search(Map.of("sort", "price_asc"))));
        assertEquals(List.of("Green Silk Dress", "Red Banarasi Saree", "Cotton Kurta"),
                titles(search(Map.of("sort", "price_desc"))));
        assertEquals(List.of("Red Banarasi Saree"), titles(search(Map.of("min", "2000", "max", "3500"))));
        assertEquals(List.of(), titles(search(Map.of("min", "5000"))));
        assertEquals(4_000L, search(Map.of()).facets().maxRupees());
        Card card = search(Map.of("min", "2000", "max", "3500")).cards().get(0);
        assertEquals(Price.ofRupees(3_000), card.salePrice());
        assertEquals(Price.ofRupees(12_500), card.price());
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
