package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar web-app.jar migrate}: the one-shot release step of compose and PaaS deployments. */
class MigrateCommandIT {

    @Test
    void migratesAnEmptyDatabaseOnceAndThenHasNothingToDo() throws Exception {
        String database = "release_" + System.nanoTime();
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = TestInfrastructure.databaseUrl().replaceFirst("/[^/]+$", "/" + database);

        for (int run = 1; run <= 2; run++) {
            try (RunningJar migrate = RunningJar.start(WebAppJarIT.JAR,
                    Map.of("DATABASE_URL", url, "APP_ENV", "production"), "migrate")) {
                assertEquals(0, migrate.awaitExit(Duration.ofSeconds(60)), migrate.output());
                assertTrue(migrate.output().contains("Database migrated."), migrate.output());
            }
        }
        String jdbc = TestInfrastructure.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertEquals(migrationFiles(), rs.getInt(1), "every migration the jar carries, each applied once");
        }
    }

    @Test
    void productionWithoutADatabaseUrlNamesWhatIsMissing() throws Exception {
        try (RunningJar migrate = RunningJar.start(WebAppJarIT.JAR, Map.of("APP_ENV", "production"), "migrate")) {
            assertEquals(2, migrate.awaitExit(Duration.ofSeconds(60)));
            assertTrue(migrate.output().contains("DATABASE_URL: the shop's PostgreSQL"), migrate.output());
        }
    }

    /** The migrations in the source tree, which the jar carries. */
    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(
                Path.of("..", "adapters-persistence", "src", "main", "resources", "db", "migration"))) {
            int count = (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
            assertTrue(count >= 5, "found the migrations: " + count);
            return count;
        }
    }
}
