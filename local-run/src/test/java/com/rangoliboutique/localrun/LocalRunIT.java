package com.rangoliboutique.localrun;

import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local run as {@code ./mvnw -Prun} starts it: each release jar with {@code local-run.jar} beside it on the class
 * path, no {@code DATABASE_URL} or {@code REDIS_URL}.
 */
class LocalRunIT {

    static final Path LOCAL_RUN = Path.of("target", "local-run.jar");
    static final Path WEB = Path.of("..", "web-app", "target", "web-app.jar");
    static final Path WORKER = Path.of("..", "worker-app", "target", "worker-app.jar");
    static final String WEB_MAIN = "com.rangoliboutique.app.web.WebApplication";
    static final String WORKER_MAIN = "com.rangoliboutique.app.worker.WorkerApplication";
    static final Duration START = Duration.ofSeconds(90);

    @Test
    void webAndWorkerShareOneEmbeddedPostgres16AndRedis(@TempDir Path data) throws Exception {
        Map<String, String> local = Map.of(
                "DATA_DIR", data.toString(),
                "EMBEDDED_POSTGRES_PORT", String.valueOf(TestInfrastructure.freePort()),
                "EMBEDDED_REDIS_PORT", String.valueOf(TestInfrastructure.freePort()));
        int webPort = TestInfrastructure.freePort();
        int workerPort = TestInfrastructure.freePort();
        Map<String, String> webEnv = new HashMap<>(local);
        webEnv.put("PORT", String.valueOf(webPort));
        webEnv.put("STORAGE_DIR", data.resolve("storage").toString());
        Map<String, String> workerEnv = new HashMap<>(local);
        workerEnv.put("WORKER_PORT", String.valueOf(workerPort));
        workerEnv.put("STORAGE_DIR", data.resolve("storage").toString());

        try (RunningJar web = RunningJar.startMain(List.of(WEB, LOCAL_RUN), WEB_MAIN, webEnv)) {
            web.awaitLine("starting an embedded PostgreSQL", START);
            web.awaitLine("starting an embedded Redis", START);
            web.awaitHttp("http://127.0.0.1:" + webPort + "/health", 200, START);
            try (RunningJar worker = RunningJar.startMain(List.of(WORKER, LOCAL_RUN), WORKER_MAIN, workerEnv)) {
                worker.awaitLine("Using the embedded PostgreSQL another local process started", START);
                worker.awaitLine("Using the embedded Redis another local process started", START);
                worker.awaitLine("waiting for jobs", START);
                worker.awaitHttp("http://127.0.0.1:" + workerPort + "/health", 200, START);
                assertFalse(worker.output().contains("starting an embedded"), worker.output());
            }
        }
        Path pgVersion = data.resolve("postgres").resolve("PG_VERSION");
        assertTrue(Files.isRegularFile(pgVersion), "data kept under DATA_DIR");
        assertEquals("16", Files.readString(pgVersion).strip(), "the major version of compose and production");
    }

    @Test
    void productionNeverFallsBackToEmbeddedServers(@TempDir Path data) throws Exception {
        try (RunningJar web = RunningJar.startMain(List.of(WEB, LOCAL_RUN), WEB_MAIN, Map.of(
                "APP_ENV", "production", "DATA_DIR", data.toString()))) {

            assertEquals(2, web.awaitExit(START));
            assertTrue(web.output().contains("DATABASE_URL: "), web.output());
            assertTrue(web.output().contains("REDIS_URL: "), web.output());
            assertFalse(web.output().contains("embedded"), web.output());
        }
    }

    @Test
    void aBadEmbeddedPortIsNamed(@TempDir Path data) throws Exception {
        try (RunningJar worker = RunningJar.startMain(List.of(WORKER, LOCAL_RUN), WORKER_MAIN, Map.of(
                "DATA_DIR", data.toString(), "EMBEDDED_POSTGRES_PORT", "fivefour"))) {

            assertEquals(2, worker.awaitExit(START));
            // the start-up check of typed settings names it before the local servers are asked
            assertTrue(worker.output().contains("EMBEDDED_POSTGRES_PORT: \"fivefour\" is not a whole number, use 54329"),
                    worker.output());
        }
    }
}
