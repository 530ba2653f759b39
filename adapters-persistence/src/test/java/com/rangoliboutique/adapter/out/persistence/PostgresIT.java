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

    @BeforeEach
    void emptyTables() throws SQLException {
        sql("TRUNCATE products, variant_options, images, audit_log, catalog_daily_stats RESTART IDENTITY CASCADE",
                "UPDATE settings SET value = '83.00' WHERE key = 'usd_fx_rate'",
                "UPDATE settings SET value = '919876543210' WHERE key = 'whatsapp_number'");
    }

    protected static void sql(String... statements) throws SQLException {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
