package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook while Redis or PostgreSQL is away — servers of this test's own, stopped and started by it (never the
 * machine's): without Redis the update is still saved and answered 200, the owner told the AI photo is delayed; without
 * PostgreSQL it is answered 503 with nothing saved, so that Telegram's next delivery — after the database is back — is
 * the one handled.
 */
class WebhookOutagesIT {

    static final long OWNER = 111_111L;
    static final String SECRET = "webhook-secret-for-outages";
    static final String CAPTION = """
            Title: Green Kanjivaram Saree
            Price: ₹9,800
            Category: saree""";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(5000);

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @BeforeEach
    void clearPeer() {
        TELEGRAM.clear();
    }

    @Test
    void withoutRedisAPhotoStillBecomesADraftTheOwnerHearsTheAiPhotoIsDelayedAndRedeliveriesAreNotHandledTwice()
            throws Exception {
        int redisPort = TestInfrastructure.freePort();
        Map<String, Object> props = properties(TestInfrastructure.properties(), redisPort);
        try (EmbeddedServer web = ApplicationContext.run(EmbeddedServer.class, props, "test")) {
            String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.GREEN));
            String update = Updates.photo(UPDATE_IDS.incrementAndGet(), OWNER, 7, fileId, 50_000, CAPTION, null);
            long before = sharedDrafts();

            for (int i = 0; i < 3; i++) {
                assertEquals(200, post(web, update).statusCode(), "delivery " + (i + 1) + " while Redis is away");
            }

            assertEquals(before + 1, sharedDrafts(), "one draft, saved in PostgreSQL");
            List<TelegramPeer.Call> replies = TELEGRAM.calls("sendMessage");
            assertEquals(1, replies.size(), "one reply for three deliveries");
            assertTrue(replies.get(0).param("text").startsWith("✅ Draft created: D-"), replies.get(0).param("text"));
            assertTrue(replies.get(0).param("text").contains("AI image is delayed"), replies.get(0).param("text"));

            RedisServer redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            redis.start();
            try {
                Thread.sleep(1_100); // the next call probes Redis again after a second
                assertEquals(200, post(web, update).statusCode());
                assertEquals(before + 1, sharedDrafts(),
                        "handled while Redis was away: not handled again after it is back");
                assertEquals(200, post(web, Updates.text(UPDATE_IDS.incrementAndGet(), OWNER, "/stats")).statusCode());
                assertEquals(2, TELEGRAM.calls("sendMessage").size());
            } finally {
                redis.stop();
            }
        }
    }

    @Test
    void withoutPostgresAnUpdateIs503AndNothingIsSavedThenItsNextDeliveryIsHandled(@TempDir Path data)
            throws Exception {
        int pgPort = TestInfrastructure.freePort();
        Path pgData = Files.createDirectories(data.resolve("pg"));
        EmbeddedPostgres postgres = startPostgres(pgData, pgPort);
        String jdbcUrl = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
        Map<String, Object> base = new HashMap<>(TestInfrastructure.properties());
        base.put("datasources.default.url", jdbcUrl);
        base.put("datasources.default.username", "postgres");
        base.put("datasources.default.password", "postgres");
        Map<String, Object> props = properties(base, null);
        try (EmbeddedServer web = ApplicationContext.run(EmbeddedServer.class, props, "test")) {
            String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.BLUE));
            String update = Updates.photo(UPDATE_IDS.incrementAndGet(), OWNER, 8, fileId, 50_000, CAPTION, null);
            postgres.close();

            HttpResponse<String> refused = post(web, update);
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertFalse(refused.body().contains(TELEGRAM.token()), "no token in the body");
            assertEquals(503, post(web, update).statusCode(), "delivered again while the database is still away");
            List<TelegramPeer.Call> told = TELEGRAM.calls("sendMessage");
            assertEquals(1, told.size(), "the owner hears it once, not at every delivery");
            assertEquals(BotTexts.databaseAway(), told.get(0).param("text"));

            postgres = startPostgres(pgData, pgPort);
            try {
                assertEquals(0, drafts(jdbcUrl), "nothing half-saved");
                HttpResponse<String> handled = awaitStatus(web, update, 200, Duration.ofSeconds(20));
                assertEquals("OK", handled.body());
                assertEquals(1, drafts(jdbcUrl), "the next delivery is the one handled");
                assertTrue(TELEGRAM.calls("sendMessage").get(1).param("text").startsWith("✅ Draft created: D-"));
                assertEquals(200, post(web, update).statusCode());
                assertEquals(1, drafts(jdbcUrl), "and only once");
            } finally {
                postgres.close();
            }
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataDir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    private static Map<String, Object> properties(Map<String, Object> base, Integer deadRedisPort) throws Exception {
        Map<String, Object> p = new HashMap<>(base);
        if (deadRedisPort != null) {
            p.put("redis.url", "redis://127.0.0.1:" + deadRedisPort); // nothing listens there (yet)
        }
        p.put("flyway.datasources.default.enabled", true);
        p.put("micronaut.server.port", -1);
        p.put("telegram.bot-token", TELEGRAM.token());
        p.put("telegram.api-url", TELEGRAM.baseUrl());
        p.put("telegram.webhook-secret", SECRET);
        p.put("telegram.admin-ids", String.valueOf(OWNER));
        p.put("telegram.webhook-per-minute", "10000");
        p.put("storage.dir", Files.createTempDirectory("outage-storage").toString());
        return p;
    }

    private HttpResponse<String> awaitStatus(EmbeddedServer web, String update, int status, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = post(web, update);
        while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = post(web, update);
        }
        assertEquals(status, last.statusCode(), last.body());
        return last;
    }

    private HttpResponse<String> post(EmbeddedServer web, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.getPort()
                        + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long sharedDrafts() throws Exception {
        try (Connection c = TestInfrastructure.connect()) {
            return drafts(c);
        }
    }

    private static long drafts(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            return drafts(c);
        }
    }

    private static long drafts(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM products WHERE status = 'DRAFT'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
