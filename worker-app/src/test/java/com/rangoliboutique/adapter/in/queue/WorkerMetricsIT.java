package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.in.queue.WorkerFixture.Draft;
import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.domain.image.ImageStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /prometheus on the worker's port: jobs by outcome, generation time, queue depth, and its own HTTP requests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerMetricsIT {

    private static final Duration DONE = Duration.ofSeconds(30);
    private static final String SCHEDULED = "ai-generation:scheduled"; // RedisJobQueue's retries waiting for their time

    private final WorkerFixture fixture = new WorkerFixture();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedServer worker;
    private ApplicationContext context;

    @BeforeAll
    void startWorker() {
        worker = ApplicationContext.run(EmbeddedServer.class, fixture.properties(), "test");
        context = worker.getApplicationContext();
        context.getBean(RedisClient.class).flushDB();
    }

    @AfterAll
    void stop() {
        worker.close();
        fixture.close();
    }

    @Test
    void prometheusCountsJobsByOutcomeTimesGenerationAndShowsTheQueueDepth() throws Exception {
        JobQueue queue = context.getBean(JobQueue.class);
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft generated = WorkerFixture.draft(context);
        queue.enqueue(generated.job());
        await("READY", DONE, () -> status(generated) == ImageStatus.READY);
        fixture.gemini.alwaysReply(GeminiPeer.promptBlocked("SAFETY"));
        Draft blocked = WorkerFixture.draft(context);
        queue.enqueue(blocked.job());
        await("FAILED", DONE, () -> status(blocked) == ImageStatus.FAILED);
        await("both outcomes counted", DONE, () -> counted("succeeded") && counted("failed"));

        HttpResponse<String> scrape = get("/prometheus");

        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                scrape.headers().toString());
        String metrics = scrape.body();
        // at least: the sweep may also pick up PENDING images other test classes left in the shared database
        assertTrue(value(metrics, "rangoli_jobs_outcome_total", "outcome=\"succeeded\"") >= 1, metrics);
        assertTrue(value(metrics, "rangoli_jobs_outcome_total", "outcome=\"failed\"") >= 1);
        assertTrue(sample(metrics, "rangoli_jobs_outcome_total", "outcome=\"retried\"").isPresent(), "shown at 0");
        assertTrue(value(metrics, "rangoli_jobs_enqueued_total", null) >= 2);
        assertTrue(value(metrics, "rangoli_generation_duration_seconds_count", "result=\"generated\"") >= 1);
        assertTrue(value(metrics, "rangoli_generation_duration_seconds_count", "result=\"failed\"") >= 1);
        assertTrue(value(metrics, "rangoli_generation_duration_seconds_sum", "result=\"generated\"") > 0);
        assertTrue(metrics.contains("rangoli_generation_duration_seconds_bucket{result=\"generated\",le=\"5.0\"}"),
                "buckets sized for generation times");
        assertTrue(metrics.contains("# HELP rangoli_queue_depth AI generation jobs waiting"), "descriptions exported");
        assertFalse(metrics.contains("test-gemini-key"), "no secret in the metrics");
    }

    @Test
    void theQueueDepthIsWhatRedisHolds() throws Exception {
        // three retries scheduled an hour ahead: waiting jobs the worker can neither take nor promote meanwhile
        RedisClient redis = context.getBean(RedisClient.class);
        JobInbox inbox = context.getBean(JobInbox.class);
        long later = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
        String[] mine = new String[3];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = "{\"product_id\":0,\"image_id\":" + (900_001 + i)
                    + ",\"original_image_key\":\"originals/D-9999/v1.jpg\",\"version\":1,\"attempt\":2}";
            redis.zadd(SCHEDULED, later, mine[i]);
        }
        try {
            // other classes' leftovers may be queued too (shared database): the gauge must show what Redis holds
            await("the depth shows the 3 scheduled retries", DONE, () -> {
                long held = inbox.depth();
                return held >= mine.length && depth() == held;
            });
        } finally {
            redis.zrem(SCHEDULED, mine);
        }
        await("the depth follows Redis down again", DONE, () -> depth() == inbox.depth());
    }

    private double depth() {
        try {
            return value(get("/prometheus").body(), "rangoli_queue_depth", null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void healthStaysOursAndItsRequestsAreTimed() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"db\":\"UP\",\"poller\":\"UP\",\"redis\":\"UP\"}", health.body());
        assertEquals(404, get("/metrics").statusCode(), "no other management endpoint");

        String metrics = get("/prometheus").body();

        assertTrue(value(metrics, "http_server_requests_seconds_count", "uri=\"/health\"") >= 1, metrics);
    }

    private boolean counted(String outcome) {
        try {
            return value(get("/prometheus").body(), "rangoli_jobs_outcome_total", "outcome=\"" + outcome + "\"") >= 1;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ImageStatus status(Draft draft) {
        return context.getBean(Images.class).byId(draft.ai().id()).orElseThrow().status();
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + worker.getPort() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String metrics, String name, String label) {
        return sample(metrics, name, label).orElseThrow(() -> new AssertionError(name + " missing in\n" + metrics));
    }

    /** The sum of the samples of {@code name} whose labels contain {@code label} (null: the one without labels). */
    private static Optional<Double> sample(String metrics, String name, String label) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(metrics);
        Optional<Double> sum = Optional.empty();
        while (m.find()) {
            String labels = m.group(1);
            if (label == null ? labels == null : labels != null && labels.contains(label)) {
                double value = Double.parseDouble(m.group(2));
                sum = Optional.of(sum.orElse(0.0) + value);
            }
        }
        return sum;
    }
}
