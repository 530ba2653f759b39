package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.in.queue.WorkerFixture.Draft;
import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.domain.image.ImageStatus;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The worker jar killed or stopped in the middle of a job: the job is not lost. */
class WorkerCrashIT {

    private static final Path WORKER = Path.of("target", "worker-app.jar");
    private static final Duration START = Duration.ofSeconds(90);

    private WorkerFixture fixture;
    private ApplicationContext shop; // the database and queue as the web app sees them; no worker in it

    @BeforeEach
    void setUp() {
        fixture = new WorkerFixture();
        Map<String, Object> properties = fixture.properties();
        properties.put("worker.enabled", false);
        shop = ApplicationContext.run(properties, "test");
    }

    @AfterEach
    void tearDown() {
        shop.close();
        fixture.close();
    }

    @Test
    void aJobWhoseWorkerWasKilledMidGenerationIsFinishedByTheNextWorker() throws Exception {
        fixture.gemini.thenReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png").after(Duration.ofMinutes(2)))
                .alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(shop);
        shop.getBean(JobQueue.class).enqueue(draft.job());

        try (RunningJar doomed = RunningJar.start(WORKER, fixture.environment(TestInfrastructure.freePort()))) {
            await("the first worker to call Gemini", START, () -> !fixture.gemini.requests().isEmpty());
            doomed.kill();
        }
        assertEquals(ImageStatus.PENDING, status(draft));

        try (RunningJar next = RunningJar.start(WORKER, fixture.environment(TestInfrastructure.freePort()))) {
            await("the next worker to finish the job", START, () -> status(draft) == ImageStatus.READY);
            fixture.telegram.awaitCalls("sendPhoto", 2, Duration.ofSeconds(10));
        }
    }

    @Test
    void sigtermGivesTheRunningJobBackSoTheNextWorkerNeedNotWaitForTheTimeout() throws Exception {
        fixture.gemini.thenReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png").after(Duration.ofMinutes(2)))
                .alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(shop);
        shop.getBean(JobQueue.class).enqueue(draft.job());
        int port = TestInfrastructure.freePort();
        Map<String, String> env = fixture.environment(port);
        env.put("WORKER_SHUTDOWN_GRACE", "1s");
        // with a 10-minute timeout (and lock), only a job given back with its lock is picked up within this test
        env.put("QUEUE_VISIBILITY_TIMEOUT", "10m");

        try (RunningJar stopping = RunningJar.start(WORKER, env)) {
            await("the worker to call Gemini", START, () -> !fixture.gemini.requests().isEmpty());
            // a started process, as a deployment stops it: a SIGTERM before Micronaut's shutdown hook is registered
            // (the consumers start with the context, the hook after the HTTP server) ends the JVM with no shutdown
            stopping.awaitHttp("http://127.0.0.1:" + port + "/health", 200, START);
            stopping.terminate(Duration.ofSeconds(30));
            stopping.awaitLine("gave " + draft.job().jobId() + " back to the queue", Duration.ofSeconds(5));
        }
        env.put("WORKER_PORT", String.valueOf(TestInfrastructure.freePort()));
        try (RunningJar next = RunningJar.start(WORKER, env)) {
            try {
                await("the next worker to finish the job", START, () -> status(draft) == ImageStatus.READY);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; image " + status(draft) + ", Gemini requests "
                        + fixture.gemini.requests().size() + "; the next worker's output:\n" + next.output(), e);
            }
        }
    }

    private ImageStatus status(Draft draft) {
        return shop.getBean(Images.class).byId(draft.ai().id()).orElseThrow().status();
    }
}
