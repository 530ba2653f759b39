package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIGTERM while the owner's photo is being handled: the web app finishes the request before it exits. */
class GracefulShutdownIT {

    @Test
    void anInFlightWebhookRequestFinishesBeforeTheProcessExits(@TempDir Path storage) throws Exception {
        try (TelegramPeer telegram = TelegramPeer.start()) {
            int port = TestInfrastructure.freePort();
            String fileId = telegram.addFile(TestImages.jpeg(900, 1200, Color.RED));
            telegram.delay("getFile", Duration.ofSeconds(3)); // a slow Telegram keeps the request in flight
            try (RunningJar web = RunningJar.start(WebAppJarIT.JAR, Map.of(
                    "PORT", String.valueOf(port), "DATABASE_URL", TestInfrastructure.databaseUrl(),
                    "REDIS_URL", TestInfrastructure.redisUrl(), "STORAGE_DIR", storage.toString(),
                    "TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL", telegram.baseUrl(),
                    "TELEGRAM_WEBHOOK_SECRET", "graceful", "TELEGRAM_ADMIN_IDS", "42"))) {
                web.awaitHttp("http://127.0.0.1:" + port + "/health", 200, Duration.ofSeconds(90));
                String update = """
                        {"update_id": 880001, "message": {"message_id": 1, "date": 1764000000,
                          "from": {"id": 42, "is_bot": false, "first_name": "Poonam"}, "chat": {"id": 42, "type": "private"},
                          "caption": "Title: Graceful Saree\\nPrice: 5000",
                          "photo": [{"file_id": "%s", "file_unique_id": "g1", "width": 900, "height": 1200, "file_size": 9000}]}}
                        """.formatted(fileId);
                CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook/" + telegram.token()))
                                .header("X-Telegram-Bot-Api-Secret-Token", "graceful")
                                .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                        HttpResponse.BodyHandlers.ofString());
                telegram.awaitArrival("getFile", Duration.ofSeconds(30)); // the request is now waiting on getFile

                web.terminate(Duration.ofSeconds(30));

                assertEquals(200, inFlight.get(5, TimeUnit.SECONDS).statusCode());
                String reply = telegram.calls("sendMessage").get(0).param("text");
                assertTrue(reply.startsWith("✅ Draft created: D-"), reply);
            }
        }
    }
}
