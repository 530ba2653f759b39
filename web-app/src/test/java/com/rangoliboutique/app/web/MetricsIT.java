package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.in.telegram.BotTestProperties;
import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.JobQueue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /prometheus on the web app: HTTP latency by route, jobs queued and webhook calls by outcome; nothing else. */
@MicronautTest(environments = "test", transactional = false)
class MetricsIT extends PostgresIT {

    static final long OWNER = 111_111L;
    static final long STRANGER = 999_999L;
    static final String SECRET = "webhook-secret-for-metrics";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();

    @Inject
    EmbeddedServer server;
    @Inject
    JobQueue queue;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                String.valueOf(OWNER)));
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @Test
    void prometheusCountsRequestsQueuedJobsAndWebhookCallsByOutcome() throws Exception {
        redis.flushDB();
        assertEquals(200, get("/health").statusCode());
        queue.enqueue(new GenerationJob(1, 7001, "originals/D-1001/v1.jpg", 1, 1));
        queue.enqueue(new GenerationJob(1, 7001, "originals/D-1001/v1.jpg", 1, 1)); // already queued: not counted
        String webhook = "/telegram/webhook/" + TELEGRAM.token();
        assertEquals(404, post("/telegram/webhook/123:not-the-token", SECRET, text(1, OWNER, "/help")).statusCode());
        assertEquals(403, post(webhook, "guess", text(2, OWNER, "/help")).statusCode());
        assertEquals(400, post(webhook, SECRET, "{\"not\": \"an update\"}").statusCode());
        assertEquals(200, post(webhook, SECRET, text(3, STRANGER, "/stats")).statusCode());
        assertEquals(200, post(webhook, SECRET, text(4, OWNER, "/help")).statusCode());
        assertEquals(200, post(webhook, SECRET, text(4, OWNER, "/help")).statusCode());

        HttpResponse<String> scrape = get("/prometheus");

        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                scrape.headers().toString());
        String metrics = scrape.body();
        assertTrue(sample(metrics, "http_server_requests_seconds_count", "uri=\"/health\"").orElse(0.0) >= 1, metrics);
        assertEquals(Optional.of(5.0), sample(metrics, "http_server_requests_seconds_count",
                "uri=\"/telegram/webhook/{token}\""), "by route template (200, 400, 403; a wrong token is NOT_FOUND)");
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "latency buckets for the SLOs");
        assertEquals(Optional.of(1.0), sample(metrics, "rangoli_jobs_enqueued_total", null));
        assertTrue(metrics.contains("# HELP rangoli_jobs_enqueued_total AI generation jobs put on the queue"),
                "descriptions are exported");
        for (String outcome : new String[]{"not_found", "forbidden", "bad_request", "ignored", "handled", "duplicate"}) {
            assertEquals(Optional.of(1.0), sample(metrics, "rangoli_telegram_updates_total",
                    "outcome=\"" + outcome + "\""), outcome + " in\n" + metrics);
        }
        assertEquals(Optional.of(0.0), sample(metrics, "rangoli_telegram_updates_total", "outcome=\"rate_limited\""));
        assertFalse(metrics.contains(TELEGRAM.token()), "the bot token never reaches the metrics");
    }

    @Test
    void healthStaysOursAndNoOtherManagementEndpointIsServed() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"db\":\"UP\",\"redis\":\"UP\"}", health.body());
        for (String endpoint : new String[]{"/metrics", "/env", "/beans", "/info", "/loggers", "/routes"}) {
            assertEquals(404, get(endpoint).statusCode(), endpoint);
        }
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

    private static String text(long updateId, long fromId, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1764000000,
                  "from": {"id": %d, "is_bot": false, "first_name": "Poonam"},
                  "chat": {"id": %d, "type": "private", "first_name": "Poonam"},
                  "text": "%s", "entities": [{"offset": 0, "length": %d, "type": "bot_command"}]}}
                """.formatted(updateId, updateId, fromId, fromId, text, text.length());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
