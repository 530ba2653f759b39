package com.rangoliboutique.app.worker;

import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar worker-app/target/worker-app.jar} as a deployment starts it (the local run: local-run's LocalRunIT). */
class WorkerJarIT {

    static final Path WORKER = Path.of("target", "worker-app.jar");
    static final Duration START = Duration.ofSeconds(90);

    @Test
    void connectsWaitsForJobsAnswersHealthAndStopsCleanlyOnSigterm() throws Exception {
        int port = TestInfrastructure.freePort();
        try (RunningJar worker = RunningJar.start(WORKER, Map.of(
                "WORKER_PORT", String.valueOf(port),
                "DATABASE_URL", TestInfrastructure.databaseUrl(),
                "REDIS_URL", TestInfrastructure.redisUrl()))) {

            worker.awaitLine("waiting for jobs on queue ai-generation", START);
            assertEquals("{\"status\":\"UP\",\"db\":\"UP\",\"poller\":\"UP\",\"redis\":\"UP\"}",
                    worker.awaitHttp("http://127.0.0.1:" + port + "/health", 200, START));

            int exit = worker.terminate(Duration.ofSeconds(30));

            assertEquals(143, exit, "ended by SIGTERM through the JVM's orderly shutdown");
            assertTrue(worker.output().contains("Worker stopped"), worker.output());
        }
    }

    @Test
    void refusesToStartWhenRedisIsUnreachable() throws Exception {
        try (RunningJar worker = RunningJar.start(WORKER, Map.of(
                "WORKER_PORT", String.valueOf(TestInfrastructure.freePort()),
                "DATABASE_URL", TestInfrastructure.databaseUrl(),
                "REDIS_URL", "redis://127.0.0.1:" + TestInfrastructure.freePort()))) {

            assertNotEquals(0, worker.awaitExit(START));
            assertTrue(worker.output().contains("The worker cannot reach what it needs: {db=true, poller=true, redis=false}"),
                    worker.output());
        }
    }

    @Test
    void aMalformedSettingStopsTheWorkerAtStartNamingItsVariable() throws Exception {
        try (RunningJar worker = RunningJar.start(WORKER, Map.of(
                "WORKER_PORT", String.valueOf(TestInfrastructure.freePort()),
                "DATABASE_URL", TestInfrastructure.databaseUrl(),
                "REDIS_URL", TestInfrastructure.redisUrl(),
                "WORKER_RETRY_DELAYS", "30s,1x,5m",
                "WORKER_CONCURRENCY", "many"))) {

            assertEquals(2, worker.awaitExit(START));
            String output = worker.output();
            assertTrue(output.contains("WORKER_RETRY_DELAYS: \"1x\" is not a duration, use 30s,2m,5m"), output);
            assertTrue(output.contains("WORKER_CONCURRENCY: \"many\" is not a whole number, use 2"), output);
            assertTrue(!output.contains("Exception"), "a message, not a stack trace:\n" + output);
        }
    }

    @Test
    void aSettingOutOfRangeStopsTheWorkerAtStartNamingItsVariable() throws Exception {
        try (RunningJar worker = RunningJar.start(WORKER, Map.of(
                "WORKER_PORT", String.valueOf(TestInfrastructure.freePort()),
                "DATABASE_URL", TestInfrastructure.databaseUrl(),
                "REDIS_URL", TestInfrastructure.redisUrl(),
                "WORKER_CONCURRENCY", "0"))) {

            assertEquals(2, worker.awaitExit(START));
            String output = worker.output();
            assertTrue(output.contains("WORKER_CONCURRENCY: \"0\" is out of range, use a whole number from 1 to 64"),
                    output);
            assertTrue(!output.contains("Exception"), "a message, not a stack trace:\n" + output);
        }
    }

    @Test
    void withoutDatabaseAndRedisUrlsItNamesThemAndSaysHowToRunLocally() throws Exception {
        try (RunningJar worker = RunningJar.start(WORKER, Map.of(
                "WORKER_PORT", String.valueOf(TestInfrastructure.freePort())))) {

            assertEquals(2, worker.awaitExit(START));
            String output = worker.output();
            assertTrue(output.contains("DATABASE_URL: the shop's PostgreSQL"), output);
            assertTrue(output.contains("REDIS_URL: the job queue"), output);
            assertTrue(output.contains("./mvnw -Prun -DskipTests package"), output);
            assertTrue(!output.contains("Exception"), "a message, not a stack trace:\n" + output);
        }
    }
}
