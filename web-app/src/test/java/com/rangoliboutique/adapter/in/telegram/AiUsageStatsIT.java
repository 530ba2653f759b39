package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.GenerationLog.Generation;
import com.rangoliboutique.application.port.out.GenerationLog.Outcome;
import com.rangoliboutique.application.port.out.ImageGenerator.Usage;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /stats's AI photos through the webhook, on PostgreSQL: the generations the worker wrote ({@code ai_generations})
 * and the AI photos approved ({@code audit_log}) of the shop's month, at a fixed time (20 December 2026, Kolkata).
 */
@MicronautTest(environments = "test", transactional = false)
class AiUsageStatsIT extends PostgresIT {

    static final long OWNER = 111_333L;
    static final String SECRET = "webhook-secret-for-tests";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(90_000);
    /** 15:30 on 20 December 2026 in Kolkata. */
    static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");
    /** 1 December 2026, 00:00 in Kolkata. */
    static final Instant DECEMBER = Instant.parse("2026-11-30T18:30:00Z");
    static final Usage GEMINI = new Usage("gemini-2.5-flash-image", "studio-v1", 1_317, 1_290, 2_607, true);

    @Inject
    EmbeddedServer server;
    @Inject
    RedisClient redis;
    @Inject
    Products products;
    @Inject
    GenerationLog generations;

    private final HttpClient http = HttpClient.newHttpClient();

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                String.valueOf(OWNER)));
        p.put("telegram.webhook-per-minute", "10000");
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @BeforeEach
    void reset() {
        TELEGRAM.clear();
        redis.flushDB();
    }

    @Test
    void statsShowTheMonthsAiPhotosApprovalsTriesTimeTokensAndWhatEachApprovedPhotoCost() throws Exception {
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));
        for (int i = 0; i < 12; i++) {   // 10 s … 21 s: 15.5 s on average
            generation(draft, DECEMBER.plus(Duration.ofHours(i)), 10 + i, Outcome.READY, GEMINI);
        }
        generation(draft, DECEMBER.plusSeconds(90), 90, Outcome.FAILED,
                new Usage("gemini-2.5-flash-image", "studio-v1", null, null, null, true));
        generation(draft, DECEMBER.plusSeconds(95), 1, Outcome.REFUSED,
                new Usage("gemini-2.5-flash-image", "studio-v1", 1_317, null, 1_317, true));
        generation(draft, DECEMBER.minusSeconds(1), 10, Outcome.READY, GEMINI);      // 30 November in Kolkata
        for (int i = 0; i < 6; i++) {
            published(draft, "{\"ai_version\": " + (i + 1) + "}", DECEMBER.plus(Duration.ofDays(i)));
        }
        published(draft, "{\"ai_version\": null}", DECEMBER.plus(Duration.ofDays(2)));  // approved without AI
        published(draft, "{\"ai_version\": 9}", DECEMBER.minusSeconds(60));             // approved in November

        send("/stats");

        assertTrue(lastText().endsWith("\n\n"
                + "🤖 AI photos in December:\n"
                + "📸 Made: 12 (14 tries: 1 failed, 1 refused)\n"
                + "✅ Approved: 6\n"
                + "⏱ Average time per photo: 15.5 s\n"
                + "🔢 Tokens: 32,601 (17,121 in, 15,480 out)\n"
                + "💵 ≈ $0.47 this month (12 photos × $0.039)\n"
                + "💵 Per approved photo ≈ $0.08"), lastText());
    }

    @Test
    void aMonthWithoutAiPhotosSaysSoWithThePriceOfOne() throws Exception {
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));
        generation(draft, DECEMBER.minusSeconds(1), 10, Outcome.READY, GEMINI);      // November only

        send("/stats");

        assertTrue(lastText().endsWith("\n\n🤖 AI photos in December: none made yet ($0.039 a photo)."), lastText());
    }

    private void generation(Product product, Instant at, long seconds, Outcome outcome, Usage usage) {
        generations.record(new Generation(product.id(), 900 + product.id(), 1, 1, Generation.STUDIO, at,
                Duration.ofSeconds(seconds), outcome, outcome == Outcome.READY && usage.paid(), usage));
    }

    /** An Approve as the audit keeps it: PUBLISH, with the AI version it published (or null without one). */
    private static void published(Product product, String payload, Instant at) throws Exception {
        try (Connection c = TestInfrastructure.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_log (admin_id, action, product_id, payload, created_at)"
                        + " VALUES (?, 'PUBLISH', ?, ?::jsonb, ?)")) {
            s.setLong(1, OWNER);
            s.setLong(2, product.id());
            s.setString(3, payload);
            s.setTimestamp(4, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private String lastText() {
        List<TelegramPeer.Call> sent = TELEGRAM.calls("sendMessage");
        assertTrue(!sent.isEmpty(), () -> "no reply; calls: " + TELEGRAM.calls());
        assertEquals(OWNER, sent.get(sent.size() - 1).chatId());
        return sent.get(sent.size() - 1).param("text");
    }

    private void send(String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(Updates.text(UPDATE_IDS.incrementAndGet(), OWNER, text)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
    }
}
