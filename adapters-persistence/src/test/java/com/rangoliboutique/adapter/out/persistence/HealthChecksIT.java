package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.HealthCheck;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HealthChecksIT extends DatabaseIT {

    @Inject
    List<HealthCheck> checks;

    @Test
    void databaseAndRedisAnswer() {
        Map<String, Boolean> up = checks.stream().collect(Collectors.toMap(HealthCheck::component, HealthCheck::isUp));
        assertEquals(Map.of("db", true, "redis", true), up);
    }

    @Test
    void anUnreachableDatabaseIsDownNotAnError() throws Exception {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:" + TestInfrastructure.freePort() + "/postgres");
        nowhere.setConnectTimeout(1);
        assertFalse(new HealthCheckJdbcAdapter(nowhere).isUp());
    }
}
