package com.rangoliboutique.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The tests see the PostgreSQL production runs: compose and the deployments use major version 16. */
class TestPostgresVersionIT {

    @Test
    void theEmbeddedTestPostgresIsMajorVersion16() throws Exception {
        String given = System.getenv("TEST_DATABASE_URL");
        assumeTrue(given == null || given.isBlank(), "TEST_DATABASE_URL given: the machine's server is used as it is");
        try (Connection c = TestInfrastructure.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            assertEquals(16, rs.getInt(1) / 10_000, "server_version_num " + rs.getInt(1));
        }
    }
}
