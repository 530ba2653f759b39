package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.CatalogChanges;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Changes buyers could see are told by PostgreSQL at commit (NOTIFY from triggers), whoever makes them — our adapters
 * or SQL by hand — and when the listening connection is killed the adapter polls the version row and reconnects.
 */
class CatalogChangesPostgresAdapterIT extends DatabaseIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    DataSource dataSource;
    @Inject
    Products products;
    @Inject
    Settings settings;

    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private CatalogChangesPostgresAdapter changes;

    @BeforeEach
    void listen() {
        Map<String, Object> p = TestInfrastructure.properties();
        changes = new CatalogChangesPostgresAdapter(dataSource, TestInfrastructure.jdbcUrl(),
                (String) p.get("datasources.default.username"), (String) p.get("datasources.default.password"));
        changes.listen(new CatalogChanges.Listener() {
            @Override
            public void productsChanged(Set<Long> productIds) {
                productIds.stream().sorted().forEach(id -> heard.add("product " + id));
            }

            @Override
            public void settingsChanged() {
                heard.add("settings");
            }

            @Override
            public void anythingMayHaveChanged() {
                heard.add("anything");
            }
        });
    }

    @AfterEach
    void stop() {
        changes.stop();
    }

    private String next() throws InterruptedException {
        String event = heard.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(event, "nothing heard within " + WAIT);
        return event;
    }

    private void nothingMore() throws InterruptedException {
        assertNull(heard.poll(600, TimeUnit.MILLISECONDS));
    }

    private static long version() throws SQLException {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM catalog_version")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyCommittedChangeToAProductItsVariantsImagesOrTheSettingsIsTold() throws Exception {
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        assertEquals("product " + draft.id(), next(), "one notification for the product and its variants");
        nothingMore();

        draft.publish();
        products.update(draft);
        assertEquals("product " + draft.id(), next());

        sql("INSERT INTO images (product_id, type, version, storage_key, status) VALUES (" + draft.id()
                + ", 'ORIGINAL', 1, 'k', 'READY')");
        assertEquals("product " + draft.id(), next());
        sql("INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes)"
                + " SELECT id, 400, 533, 'k4', '/x.jpg', 1 FROM images");
        assertEquals("product " + draft.id(), next());

        settings.changeUsdFxRate(new BigDecimal("84.50"));
        assertEquals("settings", next());

        sql("UPDATE products SET title = 'Fixed by hand' WHERE id = " + draft.id()); // SQL by hand is told too
        assertEquals("product " + draft.id(), next());

        sql("DELETE FROM products WHERE id = " + draft.id());
        assertEquals("product " + draft.id(), next(), "the cascade to images and renditions is told as the product");
        nothingMore();

        sql("TRUNCATE products, variant_options, images, audit_log CASCADE");
        assertEquals("anything", next());
    }

    @Test
    void aRolledBackChangeIsNotToldAndEachTransactionBumpsTheVersionOnce() throws Exception {
        long before = version();
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-5001', 'Rolled back', 100)");
            c.rollback();
            s.execute("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-5002', 'One', 100)");
            s.execute("INSERT INTO products (dress_id, title, price_inr) VALUES ('D-5003', 'Two', 100)");
            s.execute("INSERT INTO variant_options (product_id, type, value) SELECT id, 'Size', 'M' FROM products");
            c.commit();
        }
        String first = next();
        String second = next();
        assertTrue(first.startsWith("product ") && second.startsWith("product ") && !first.equals(second));
        nothingMore();
        assertEquals(before + 1, version(), "one committed transaction, one bump");
    }

    @Test
    void whenTheListeningConnectionIsKilledItPollsTheVersionThenListensAgain() throws Exception {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        assertEquals("product " + product.id(), next());

        sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + CatalogChangesPostgresAdapter.APPLICATION_NAME + "'");
        assertEquals("anything", next(), "what happened while it was away may be missed: everything again");

        // polled: a change by hand still arrives (as "anything"; or by name, if it listens again already)
        sql("UPDATE products SET title = 'While polling' WHERE id = " + product.id());
        String whilePolling = next();
        assertTrue(whilePolling.equals("anything") || whilePolling.equals("product " + product.id()), whilePolling);

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!listening()) {
            if (System.nanoTime() > deadline) {
                fail("did not listen again within " + WAIT);
            }
            Thread.sleep(50);
        }
        heard.clear();
        sql("UPDATE products SET title = 'Listened again' WHERE id = " + product.id());
        assertEquals("product " + product.id(), next());
    }

    private static boolean listening() throws SQLException {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                     + CatalogChangesPostgresAdapter.APPLICATION_NAME + "'")) {
            r.next();
            return r.getLong(1) > 0;
        }
    }
}
