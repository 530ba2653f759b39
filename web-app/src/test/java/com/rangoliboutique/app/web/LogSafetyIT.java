package com.rangoliboutique.app.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code target/web-app.jar} with every secret set, driven into logging about them: an owner's photo whose download
 * fails (Telegram is a closed port) and a signed media link, with Micronaut's HTTP tracing on so request lines, URIs
 * and headers are logged too. No secret may reach a log line, as JSON lines or as plain text.
 */
class LogSafetyIT {

    static final Path JAR = Path.of("target", "web-app.jar");
    static final String TOKEN = "123456:ABCdef-secret-token-xyz";
    static final String WEBHOOK_SECRET = "webhook-secret-4f9a2c";
    static final String SECRET_KEY = "signing-key-" + "7f3e".repeat(13);
    static final String DB_PASSWORD = "db-Pa55word-c0ffee";
    static final String SIGNATURE = "9a".repeat(32);
    static final long ADMIN = 424242;
    static final List<String> SECRETS = List.of(TOKEN, URLEncoder.encode(TOKEN, StandardCharsets.UTF_8),
            WEBHOOK_SECRET, SECRET_KEY, DB_PASSWORD, SIGNATURE, "AKIAS3ACCESSKEY01", "s3-secret-key-8d7c6b",
            "AIzaGeminiKey-55aa", "internal-api-key-31");
    private static final AtomicInteger UPDATE_IDS =
            new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 100_000_000)); // fresh even on a kept Redis

    @TempDir
    Path data;

    @Test
    void jsonLinesOnlyAndNoSecretInThem() throws Exception {
        int updateId = UPDATE_IDS.incrementAndGet();
        List<String> lines = runAndDrive("json", updateId);

        for (String line : lines) {
            Map<String, String> json = parseJsonObject(line);
            for (String field : List.of("time", "level", "logger", "message")) {
                assertTrue(json.containsKey(field), field + " missing in " + line);
            }
            assertTrue(json.get("time").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), line);
        }
        Map<String, String> failure = lines.stream().map(LogSafetyIT::parseJsonObject)
                .filter(json -> ("update " + updateId + " failed").equals(json.get("message")))
                .findFirst().orElseThrow(() -> new AssertionError("no failure line in:\n" + String.join("\n", lines)));
        assertEquals("ERROR", failure.get("level"));
        assertEquals(String.valueOf(updateId), failure.get("update_id"));
        assertTrue(failure.get("error").contains("getFile"), failure.toString());
        assertTrue(failure.containsKey("stack"), failure.toString());
        assertNoSecret(lines);
    }

    @Test
    void plainTextAndNoSecretInIt() throws Exception {
        int updateId = UPDATE_IDS.incrementAndGet();
        List<String> lines = runAndDrive("text", updateId);

        assertTrue(lines.stream().anyMatch(line -> line.matches(
                "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR \\[.*] .*OwnerUpdates - update " + updateId + " failed")),
                String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("{")), String.join("\n", lines));
        assertNoSecret(lines);
    }

    /** Starts the jar with {@code LOG_FORMAT=format}, makes it log about secrets, stops it; its whole output. */
    private List<String> runAndDrive(String format, int updateId) throws Exception {
        int port = TestInfrastructure.freePort();
        int closedPort = TestInfrastructure.freePort(); // nothing listens: every Telegram call fails
        Map<String, String> env = new HashMap<>();
        env.put("LOG_FORMAT", format);
        env.put("PORT", String.valueOf(port));
        env.put("DATABASE_URL", databaseUrlWithSecretPassword());
        env.put("REDIS_URL", TestInfrastructure.redisUrl());
        env.put("DATA_DIR", data.toString());
        env.put("STORAGE_DIR", data.resolve("storage").toString());
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("TELEGRAM_ADMIN_IDS", String.valueOf(ADMIN));
        env.put("TELEGRAM_API_URL", "http://127.0.0.1:" + closedPort);
        env.put("SECRET_KEY", SECRET_KEY);
        env.put("S3_ACCESS_KEY", "AKIAS3ACCESSKEY01");
        env.put("S3_SECRET_KEY", "s3-secret-key-8d7c6b");
        env.put("GEMINI_API_KEY", "AIzaGeminiKey-55aa");
        env.put("INTERNAL_API_KEY", "internal-api-key-31");
        // the noisiest logging an operator might turn on: request lines, URIs (the token is in the webhook's path)
        env.put("LOGGER_LEVELS_IO_MICRONAUT_HTTP_SERVER", "TRACE");
        env.put("LOGGER_LEVELS_IO_MICRONAUT_WEB_ROUTER", "TRACE");
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        try (RunningJar web = RunningJar.start(JAR, env)) {
            web.awaitHttp(base + "/health", 200, Duration.ofSeconds(60));

            URI webhookUri = URI.create(base + "/telegram/webhook/" + TOKEN);
            HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(webhookUri)
                    .header("Content-Type", "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(photoUpdate(updateId))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, webhook.statusCode(), webhook.body());
            web.awaitLine("update " + updateId + " failed", Duration.ofSeconds(30));

            HttpResponse<String> media = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/media/private/products/1/front.jpg?expires=4102444800&signature=" + SIGNATURE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, media.statusCode(), "a forged signature opens nothing");

            web.terminate(Duration.ofSeconds(30)); // the shutdown lines count too
            return web.output().lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static void assertNoSecret(List<String> lines) {
        // the traced request lines did carry the token and the signature: masked, not absent
        for (String masked : List.of("POST /telegram/webhook/***", "&signature=***")) {
            assertTrue(lines.stream().anyMatch(line -> line.contains(masked)), masked + " in none of:\n"
                    + String.join("\n", lines));
        }
        for (String line : lines) {
            for (String secret : SECRETS) {
                if (line.contains(secret)) {
                    fail("a secret (" + secret + ") in the log line: " + line);
                }
            }
        }
    }

    /** The test database with a password worth leaking (the embedded PostgreSQL accepts any). */
    private static String databaseUrlWithSecretPassword() {
        String url = TestInfrastructure.databaseUrl();
        String given = System.getenv("TEST_DATABASE_URL");
        return given == null || given.isBlank()
                ? url.replaceFirst("^(postgres://[^:/@]*):[^@/]*@", "$1:" + DB_PASSWORD + "@")
                : url;
    }

    private static String photoUpdate(int updateId) {
        return """
                {"update_id": %d, "message": {"message_id": 7, "date": 1764000000,
                  "from": {"id": %d, "is_bot": false, "first_name": "Poonam"},
                  "chat": {"id": %d, "type": "private", "first_name": "Poonam"},
                  "caption": "Title: Log Safety Saree\\nPrice: 1200",
                  "photo": [{"file_id": "file-abc", "file_unique_id": "u-abc", "width": 900, "height": 1200,
                             "file_size": 50000}]}}
                """.formatted(updateId, ADMIN, ADMIN);
    }

    /** A flat JSON object (string values) read by a real JSON parser; fails on anything else. */
    static Map<String, String> parseJsonObject(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new AssertionError("not a JSON object: " + line);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                fields.put(name, parser.getValueAsString());
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new AssertionError("not one JSON object: " + line);
            }
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
        return fields;
    }
}
