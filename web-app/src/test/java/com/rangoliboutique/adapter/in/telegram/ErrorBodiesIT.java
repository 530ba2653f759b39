package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors the framework answers itself get our bodies: plain status text on the webhook (never the path, which holds
 * the bot token), our error page on the catalog's addresses — never Micronaut's JSON with {@code _links.self.href}.
 */
@MicronautTest(environments = "test", transactional = false)
class ErrorBodiesIT extends PostgresIT {

    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final String SECRET = "error-bodies-secret";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                "111111"));
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @Test
    void aMethodTheWebhookDoesNotTakeIsAnsweredWithoutThePathOrTheToken() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = send(method, "/telegram/webhook/" + TELEGRAM.token(), "{}",
                    "application/json");

            assertEquals(405, response.statusCode(), method);
            assertEquals("405 Method Not Allowed", response.body(), method);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertFalse(response.body().contains(TELEGRAM.token()));
        }
    }

    @Test
    void aCatalogAddressAskedTheWrongWayGetsOurPageNotMicronautsJson() throws Exception {
        HttpResponse<String> response = send("DELETE", "/d/D-1001?secret=x", null, "application/json");

        assertEquals(405, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("This page cannot be used that way"), response.body());
        assertFalse(response.body().contains("_links"));
        assertFalse(response.body().contains("D-1001"), "the path is not echoed");
        assertFalse(response.body().contains("secret=x"));
    }

    private HttpResponse<String> send(String method, String path, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Accept", accept)
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
