package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CheckHealthUseCase.HealthReport;
import com.rangoliboutique.application.port.out.HealthCheck;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckHealthServiceTest {

    /** A backing service a test switches on and off. */
    private record Switchable(String component, AtomicBoolean up) implements HealthCheck {
        Switchable(String component) {
            this(component, new AtomicBoolean(true));
        }

        @Override
        public boolean isUp() {
            return up.get();
        }
    }

    private final Switchable db = new Switchable("db");
    private final Switchable redis = new Switchable("redis");
    private final CheckHealthService service = new CheckHealthService(List.of(db, redis));

    @Test
    void everyComponentUpIsAllUpInTheOrderTheChecksWereGiven() {
        HealthReport report = service.check();

        assertTrue(report.allUp());
        assertEquals(List.of("status", "db", "redis"), new ArrayList<>(report.summary().keySet()));
        assertEquals(Map.of("status", "UP", "db", "UP", "redis", "UP"), report.summary());
    }

    @Test
    void oneComponentDownMakesTheWholeReportDownAndNamesIt() {
        redis.up().set(false);

        HealthReport report = service.check();

        assertFalse(report.allUp());
        assertEquals(Map.of("status", "DOWN", "db", "UP", "redis", "DOWN"), report.summary());
    }

    @Test
    void eachReportAsksTheComponentsAgain() {
        db.up().set(false);
        assertFalse(service.check().allUp());

        db.up().set(true);
        assertTrue(service.check().allUp());
    }
}
