package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Base of the integration tests: a Micronaut context on the real, migrated test database, emptied before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostgresIT implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        TestInfrastructure.properties().forEach((k, v) -> p.put(k, String.valueOf(v)));
        // a free port, never the app's 8080 (PORT's default): another build or app on the machine may hold it
        p.put("micronaut.server.port", "-1");
        return p;
    }

    /** PostgreSQL's code for a deadlock it broke by failing one of the two: the other went ahead. */
    private static final String DEADLOCK = "40P01";

    /**
     * The app under test may still be reading (its catalog refresh, a rendering) while the tables are emptied: a read
     * that holds one table and waits for the next can deadlock with TRUNCATE taking them one by one. PostgreSQL then
     * fails one of the two; when it is the TRUNCATE, it is tried again.
     */
    @BeforeEach
    void emptyTables() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                truncate();
                return;
            } catch (SQLException e) {
                if (!DEADLOCK.equals(e.getSQLState()) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static void truncate() throws SQLException {
        sql("TRUNCATE products, variant_options, images, audit_log, catalog_daily_stats, digest_claims, promotions,"
                        + " channel_posts, ai_generations"
                        + " RESTART IDENTITY CASCADE",
                "UPDATE settings SET value = '83.00' WHERE key = 'usd_fx_rate'",
                "UPDATE settings SET value = '919876543210' WHERE key = 'whatsapp_number'",
                "DELETE FROM settings WHERE key IN ('shop_name', 'shop_owner_name', 'shop_tagline')");
    }

    protected static void sql(String... statements) throws SQLException {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
