package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.in.queue.WorkerFixture.Draft;
import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.domain.image.ImageStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More generation consumers than Jedis' default pool of 8 connections: each consumer holds one through its blocking
 * read, so the pool is sized from their number — twelve jobs run at once and the worker's own calls (health, retries)
 * are not left waiting behind the reads (health still finds a free connection while all twelve read).
 */
class ManyConsumersIT {

    private static final int CONSUMERS = 12;

    @Test
    void twelveConsumersGenerateTwelveJobsAtOnceAndHealthStaysPrompt() throws Exception {
        WorkerFixture fixture = new WorkerFixture();
        Map<String, Object> properties = new java.util.LinkedHashMap<>(fixture.properties());
        properties.put("worker.concurrency", CONSUMERS);
        try (EmbeddedServer worker = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            ApplicationContext context = worker.getApplicationContext();
            RedisClient redis = context.getBean(RedisClient.class);
            assertTrue(redis.getPool().getMaxTotal() > CONSUMERS,
                    "a connection for every consumer and more: " + redis.getPool().getMaxTotal());
            // no answer goes out before all twelve have asked: they only all ask if they run at once
            fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"))
                    .holdRepliesUntil(CONSUMERS);
            int before = fixture.gemini.requests().size();
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < CONSUMERS; i++) {
                drafts.add(WorkerFixture.draft(context));
            }
            await("every consumer in its blocking read, holding a connection", Duration.ofSeconds(30),
                    () -> redis.getPool().getNumActive() >= CONSUMERS);

            // with the pool exhausted, health would wait 2 s for a connection and report Redis down (503)
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + worker.getPort() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), health.body());
            }
            assertEquals(0, redis.getPool().getNumWaiters(), "nobody waited for a Redis connection");

            JobQueue queue = context.getBean(JobQueue.class);
            drafts.forEach(draft -> queue.enqueue(draft.job()));
            Images images = context.getBean(Images.class);
            await("every AI image READY", Duration.ofSeconds(60), () -> drafts.stream()
                    .allMatch(d -> images.byId(d.ai().id()).orElseThrow().status() == ImageStatus.READY));
            assertEquals(CONSUMERS, fixture.gemini.requests().size() - before);
            assertTrue(fixture.gemini.gateOpenedByCount(), "all twelve asked Gemini before the first answer came");
        } finally {
            fixture.close();
        }
    }
}
