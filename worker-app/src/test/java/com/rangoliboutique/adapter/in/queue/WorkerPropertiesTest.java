package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.startup.TypedVariables;
import com.rangoliboutique.adapter.out.queue.QueueProperties;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's settings as Micronaut binds them from the strings the environment gives. */
class WorkerPropertiesTest {

    @Test
    void durationsTakeEveryUnitAnOperatorWrites() {
        WorkerProperties settings = bind(Map.of("worker.retry-delays", "1h,2d,100ms", "worker.orphan-after", "90s",
                "worker.concurrency", "12"));

        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(2), Duration.ofMillis(100)), settings.retryDelays(),
                "1h is an hour and 2d two days (they were read as one and two seconds)");
        assertEquals(Duration.ofSeconds(90), settings.orphanAfter());
        assertEquals(12, settings.concurrency());
    }

    @Test
    void theDefaultsAreTheSpecs() {
        WorkerProperties settings = bind(Map.of());

        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(300)),
                settings.retryDelays());
        assertEquals(2, settings.concurrency());
        assertEquals(Duration.ofMinutes(10), queue(Map.of()).visibilityTimeout());
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingItsVariable() {
        Exception e = assertThrows(Exception.class, () -> bind(Map.of("worker.concurrency", "0")));
        assertTrue(messages(e).contains("WORKER_CONCURRENCY: \"0\" is out of range, use a whole number from 1 to 64"),
                messages(e));
        Exception zero = assertThrows(Exception.class, () -> bind(Map.of("worker.retry-delays", "30s,0s")));
        assertTrue(messages(zero).contains("WORKER_RETRY_DELAYS"), messages(zero));
        Exception queue = assertThrows(Exception.class, () -> queue(Map.of("queue.visibility-timeout", "0s")));
        assertTrue(messages(queue).contains("QUEUE_VISIBILITY_TIMEOUT"), messages(queue));
    }

    @Test
    void whatTheStartUpCheckAcceptsTheBinderReadsAsMeantAndWhatItRefusesTheBinderWouldHaveDropped() {
        Map<String, Duration> forms = Map.of("30s", Duration.ofSeconds(30), "100ms", Duration.ofMillis(100),
                "2m", Duration.ofMinutes(2), "1h", Duration.ofHours(1), "2d", Duration.ofDays(2),
                "PT1M30S", Duration.ofSeconds(90));
        forms.forEach((text, meant) -> {
            assertEquals(List.of(), TypedVariables.problems(Map.of("WORKER_ORPHAN_AFTER", text)), text);
            assertEquals(meant, bind(Map.of("worker.orphan-after", text)).orphanAfter(), text);
        });
        for (String bad : List.of("1x", "5", "1H", "30 s", "soon")) {
            assertEquals(List.of("WORKER_ORPHAN_AFTER: \"" + bad + "\" is not a duration, use 5m"),
                    TypedVariables.problems(Map.of("WORKER_ORPHAN_AFTER", bad)), bad);
            assertEquals(Duration.ofMinutes(5), bind(Map.of("worker.orphan-after", bad)).orphanAfter(),
                    "the binder alone would have run with the default: " + bad);
        }
        assertEquals(List.of("WORKER_RETRY_DELAYS: \"1x\" is not a duration, use 30s,2m,5m"),
                TypedVariables.problems(Map.of("WORKER_RETRY_DELAYS", "30s,1x,5m")));
        assertEquals(List.of("WORKER_CONCURRENCY: \"many\" is not a whole number, use 2"),
                TypedVariables.problems(Map.of("WORKER_CONCURRENCY", "many")));
    }

    private static WorkerProperties bind(Map<String, Object> properties) {
        try (ApplicationContext context = context(properties)) {
            return context.getBean(WorkerProperties.class);
        }
    }

    private static QueueProperties queue(Map<String, Object> properties) {
        try (ApplicationContext context = context(properties)) {
            return context.getBean(QueueProperties.class);
        }
    }

    private static ApplicationContext context(Map<String, Object> properties) {
        Map<String, Object> p = new HashMap<>(properties);
        p.put("worker.enabled", "false"); // the settings alone: no consumers, no connections
        p.put("flyway.datasources.default.enabled", "false");
        p.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/nowhere"); // never connected to
        p.put("datasources.default.initialization-fail-timeout", "-1");
        return ApplicationContext.run(p, "settings-test");
    }

    static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
