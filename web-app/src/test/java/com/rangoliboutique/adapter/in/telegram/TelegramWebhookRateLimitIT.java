package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec §8: the webhook takes at most N updates a minute (120 in production; 5 here), counted in Redis. */
@MicronautTest(environments = "test", transactional = false)
class TelegramWebhookRateLimitIT extends PostgresIT {

    static final TelegramPeer TELEGRAM = TelegramPeer.start();

    @Inject
    EmbeddedServer server;
    @Inject
    RedisClient redis;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(super.getProperties());
        p.put("telegram.bot-token", TELEGRAM.token());
        p.put("telegram.api-url", TELEGRAM.baseUrl());
        p.put("telegram.webhook-secret", "s");
        p.put("telegram.admin-ids", "1");
        p.put("telegram.webhook-per-minute", "5");
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @Test
    void theSixthUpdateInAMinuteIs429WithRetryAfter() throws Exception {
        redis.flushDB();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 1; i <= 6; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook/" + TELEGRAM.token()))
                    .header("X-Telegram-Bot-Api-Secret-Token", "s")
                    .POST(HttpRequest.BodyPublishers.ofString(Updates.text(5000 + i, 1, "/stats"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (i <= 5) {
                assertEquals(200, response.statusCode());
            } else {
                assertEquals(429, response.statusCode());
                long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            }
        }
        assertEquals(5, TELEGRAM.calls("sendMessage").size());
    }
}
