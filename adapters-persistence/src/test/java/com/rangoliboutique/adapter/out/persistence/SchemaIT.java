package com.rangoliboutique.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Flyway migrations create the schema of spec §4 exactly, plus the catalog's additions (V3, V4), sale prices (V5)
 * and the AI photos' colour check (V12).
 */
class SchemaIT extends DatabaseIT {

    private static final String UNIQUE = "23505"; // unique_violation
    private static final String CHECK = "23514"; // check_violation

    @Test
    void tablesHaveTheSpecColumnsTypesAndNullability() throws SQLException {
        assertEquals(List.of(
                "id integer NO", "dress_id character varying(10) NO", "title character varying(255) NO",
                "description text YES", "categories jsonb YES", "tags jsonb YES", "price_inr integer NO",
                "status character varying(20) NO", "telegram_chat_id bigint YES", "telegram_message_id integer YES",
                "created_at timestamp with time zone YES", "updated_at timestamp with time zone YES",
                "published_at timestamp with time zone YES", "search_words tsvector YES",
                "sale_price_paise integer YES"),
                columns("products"));
        assertEquals(List.of(
                "id integer NO", "product_id integer NO", "type character varying(50) NO",
                "value character varying(100) NO", "sort_order integer YES"), columns("variant_options"));
        assertEquals(List.of(
                "id integer NO", "product_id integer NO", "type character varying(20) NO", "version integer NO",
                "storage_key character varying(512) NO", "url character varying(1024) YES",
                "status character varying(20) NO", "created_at timestamp with time zone YES", "is_public boolean NO",
                "colour_delta_e numeric YES", "colour_original character varying(40) YES",
                "colour_ai character varying(40) YES", "colour_differs boolean YES",
                "style character varying(20) YES", "gallery_position integer YES"),
                columns("images"));
        assertEquals(List.of(
                "id integer NO", "image_id integer NO", "width integer NO", "height integer NO",
                "storage_key character varying(512) NO", "url character varying(1024) NO", "size_bytes integer NO",
                "webp_storage_key character varying(512) YES", "webp_url character varying(1024) YES",
                "webp_size_bytes integer YES"),
                columns("image_renditions"));
        assertEquals(List.of(
                "key character varying(100) NO", "value text NO", "updated_at timestamp with time zone YES"),
                columns("settings"));
        assertEquals(List.of(
                "id integer NO", "admin_id bigint NO", "action character varying(50) NO", "product_id integer YES",
                "payload jsonb YES", "created_at timestamp with time zone YES"), columns("audit_log"));
    }

    /** Counting buyers' visits keeps numbers per piece and day only: no address, agent, cookie or buyer id. */
    @Test
    void theVisitCountTablesHoldNothingButCounts() throws SQLException {
        assertEquals(List.of("product_id bigint NO", "day date NO", "views integer NO", "taps integer NO",
                "similar_taps integer NO"), columns("piece_daily_stats"));
        assertEquals(List.of("day date NO", "views integer NO"), columns("catalog_daily_stats"));
    }

    @Test
    void defaultsMatchTheSpec() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'Saree', 100)");
        Map<String, String> row = firstRow("SELECT categories::text, tags::text, status, version_default FROM products, "
                + "(SELECT column_default AS version_default FROM information_schema.columns "
                + " WHERE table_name = 'images' AND column_name = 'version') d");
        assertEquals("[]", row.get("categories"));
        assertEquals("[]", row.get("tags"));
        assertEquals("DRAFT", row.get("status"));
        assertEquals("1", row.get("version_default"));
        assertTrue(firstRow("SELECT created_at IS NOT NULL AS stamped FROM products").get("stamped").equals("t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "draft", "ARCHIVED", ""})
    void statusCheckRefusesUnknownStatuses(String status) {
        assertViolates(CHECK, "products_status_check", () -> sql(
                "INSERT INTO products (dress_id, title, price_inr, status) VALUES ('D-1001', 'x', 1, '" + status + "')"));
    }

    @Test
    void aSalePriceIsOptionalAboveZeroAndBelowThePrice() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1250000)");
        assertEquals(null, firstRow("SELECT sale_price_paise FROM products").get("sale_price_paise"), "none by default");
        sql("UPDATE products SET sale_price_paise = 999900");
        assertEquals("999900", firstRow("SELECT sale_price_paise FROM products").get("sale_price_paise"));

        assertViolates(CHECK, "products_sale_price_positive", () -> sql("UPDATE products SET sale_price_paise = 0"));
        assertViolates(CHECK, "products_sale_price_below_price",
                () -> sql("UPDATE products SET sale_price_paise = 1250000"));
        // a price lowered by hand to the sale price
        assertViolates(CHECK, "products_sale_price_below_price", () -> sql("UPDATE products SET price_inr = 999900"));
        sql("UPDATE products SET sale_price_paise = NULL, price_inr = 900000");
        assertEquals(Map.of("sale_price_paise", "null", "price_inr", "900000"), nullsShown(firstRow(
                "SELECT sale_price_paise, price_inr FROM products")));
    }

    private static Map<String, String> nullsShown(Map<String, String> row) {
        Map<String, String> shown = new LinkedHashMap<>();
        row.forEach((k, v) -> shown.put(k, v == null ? "null" : v));
        return shown;
    }

    @Test
    void onlyAnAiImageHasALookAndAGalleryPlaceAndTheLookIsAKnownOne() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1)",
                "INSERT INTO images (product_id, type, version, storage_key, style, gallery_position)"
                        + " VALUES (1, 'AI_GENERATED', 1, 'k', 'BACK_VIEW', 0)");
        assertViolates(CHECK, "images_style_known", () -> sql("UPDATE images SET style = 'WATERCOLOUR'"));
        assertViolates(CHECK, "images_gallery_position_check", () -> sql("UPDATE images SET gallery_position = -1"));
        assertViolates(CHECK, "images_ai_only_style", () -> sql("INSERT INTO images (product_id, type, version,"
                + " storage_key, style) VALUES (1, 'ORIGINAL', 1, 'o', 'STUDIO')"));
    }

    @Test
    void dressIdIsUnique() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1)");
        assertViolates(UNIQUE, "products_dress_id_key",
                () -> sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'b', 1)"));
    }

    @Test
    void variantAndImageVersionsAreUniquePerProduct() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1)",
                "INSERT INTO variant_options (product_id, type, value) VALUES (1, 'Size', 'M')",
                "INSERT INTO images (product_id, type, version, storage_key) VALUES (1, 'AI_GENERATED', 1, 'k')");
        assertViolates(UNIQUE, "variant_options_product_id_type_value_key",
                () -> sql("INSERT INTO variant_options (product_id, type, value) VALUES (1, 'Size', 'M')"));
        assertViolates(UNIQUE, "images_product_id_type_version_key", () -> sql(
                "INSERT INTO images (product_id, type, version, storage_key) VALUES (1, 'AI_GENERATED', 1, 'k2')"));
    }

    @Test
    void deletingAProductCascadesToVariantsImagesAndRenditionsAndKeepsTheAuditTrail() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1)",
                "INSERT INTO variant_options (product_id, type, value) VALUES (1, 'Size', 'M')",
                "INSERT INTO images (product_id, type, storage_key) VALUES (1, 'ORIGINAL', 'k')",
                "INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes)"
                        + " VALUES (1, 400, 600, 'k-400w', 'https://x/k-400w', 1000)",
                "INSERT INTO audit_log (admin_id, action, product_id) VALUES (7, 'CREATE_DRAFT', 1)",
                "DELETE FROM products WHERE id = 1");
        assertEquals("0", firstRow("SELECT COUNT(*) AS n FROM variant_options").get("n"));
        assertEquals("0", firstRow("SELECT COUNT(*) AS n FROM images").get("n"));
        assertEquals("0", firstRow("SELECT COUNT(*) AS n FROM image_renditions").get("n"));
        Map<String, String> audit = firstRow("SELECT COUNT(*) AS n, MAX(product_id) AS product FROM audit_log");
        assertEquals("1", audit.get("n"));
        assertEquals(null, audit.get("product"));
    }

    @Test
    void allSpecIndexesExistWithGinOnCategoriesAndTags() throws SQLException {
        Set<String> indexes = new TreeSet<>();
        try (Connection c = TestInfrastructure.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")) {
            while (rs.next()) {
                indexes.add(rs.getString(1) + (rs.getString(2).contains("USING gin") ? " gin" : ""));
            }
        }
        assertTrue(indexes.containsAll(Set.of("idx_products_status", "idx_products_dress_id",
                "idx_products_categories gin", "idx_products_tags gin", "idx_products_created",
                "idx_variants_product", "idx_images_product", "idx_audit_admin", "idx_audit_product",
                "idx_audit_created")), () -> "indexes found: " + indexes);
        assertTrue(firstRow("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_products_created'")
                .get("indexdef").contains("created_at DESC"));
    }

    @Test
    void anImageIsPrivateUntilPublishedAndHasOneRenditionPerWidth() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1)",
                "INSERT INTO images (product_id, type, storage_key) VALUES (1, 'ORIGINAL', 'k')",
                "INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes)"
                        + " VALUES (1, 400, 600, 'k-400w', 'https://x/k-400w', 1000)");
        assertEquals("f", firstRow("SELECT is_public FROM images").get("is_public"));
        assertViolates(UNIQUE, "image_renditions_image_id_width_key", () -> sql("INSERT INTO image_renditions"
                + " (image_id, width, height, storage_key, url, size_bytes) VALUES (1, 400, 600, 'k2', 'u2', 1)"));
        assertViolates(CHECK, "image_renditions_width_check", () -> sql("INSERT INTO image_renditions"
                + " (image_id, width, height, storage_key, url, size_bytes) VALUES (1, 0, 600, 'k3', 'u3', 1)"));
        assertViolates(CHECK, "image_renditions_webp_whole", () -> sql("INSERT INTO image_renditions"
                + " (image_id, width, height, storage_key, url, size_bytes, webp_url) VALUES (1, 800, 1200, 'k4', 'u4', 1,"
                + " 'u4.webp')"));
    }

    @Test
    void anAiImageHasAWholeColourCheckOrNoneAndAnOriginalNone() throws SQLException {
        sql("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-1001', 'a', 1)",
                "INSERT INTO images (product_id, type, version, storage_key, colour_delta_e, colour_original, colour_ai,"
                        + " colour_differs) VALUES (1, 'AI_GENERATED', 1, 'k', 9.44, 'maroon', 'brick red', true)",
                "INSERT INTO images (product_id, type, version, storage_key) VALUES (1, 'AI_GENERATED', 2, 'k2')");
        assertEquals("9.4", firstRow("SELECT colour_delta_e::text AS d FROM images WHERE version = 1").get("d"));
        assertViolates(CHECK, "images_colour_check_whole", () -> sql("INSERT INTO images (product_id, type, version,"
                + " storage_key, colour_delta_e) VALUES (1, 'AI_GENERATED', 3, 'k3', 2.0)"));
        assertViolates(CHECK, "images_colour_check_whole", () -> sql("INSERT INTO images (product_id, type, version,"
                + " storage_key, colour_delta_e, colour_original, colour_ai, colour_differs) VALUES (1, 'ORIGINAL', 1,"
                + " 'k4', 1.0, 'maroon', 'maroon', false)"));
        assertViolates(CHECK, "images_colour_delta_e_check", () -> sql("INSERT INTO images (product_id, type,"
                + " version, storage_key, colour_delta_e, colour_original, colour_ai, colour_differs) VALUES (1,"
                + " 'AI_GENERATED', 5, 'k5', -1.0, 'maroon', 'maroon', false)"));
    }

    @Test
    void dressIdSequenceStartsAt1001() throws SQLException {
        assertEquals("1001", firstRow("SELECT start_value FROM pg_sequences WHERE sequencename = 'dress_id_seq'")
                .get("start_value"));
    }

    @Test
    void settingsAreSeeded() throws SQLException {
        assertEquals("83.00", firstRow("SELECT value FROM settings WHERE key = 'usd_fx_rate'").get("value"));
        assertEquals("919876543210", firstRow("SELECT value FROM settings WHERE key = 'whatsapp_number'").get("value"));
    }

    /**
     * The statement is refused by exactly that constraint: its SQLSTATE and name, so a typo in the SQL (42601), a
     * missing column (42703) or another constraint does not pass for the one under test.
     */
    private static void assertViolates(String sqlState, String constraint, Executable statement) {
        SQLException refused = assertThrows(SQLException.class, statement);
        assertEquals(sqlState, refused.getSQLState(), refused::getMessage);
        ServerErrorMessage server = assertInstanceOf(PSQLException.class, refused).getServerErrorMessage();
        assertNotNull(server, refused::getMessage);
        assertEquals(constraint, server.getConstraint(), refused::getMessage);
    }

    private static List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT column_name, data_type, character_maximum_length, "
                     + "is_nullable FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String length = rs.getObject(3) == null ? "" : "(" + rs.getInt(3) + ")";
                    columns.add(rs.getString(1) + " " + rs.getString(2) + length + " " + rs.getString(4));
                }
            }
        }
        return columns;
    }

    private static Map<String, String> firstRow(String query) throws SQLException {
        try (Connection c = TestInfrastructure.connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            assertTrue(rs.next(), "no row for " + query);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
            }
            return row;
        }
    }
}
