package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set-webhook command's refusals, in this JVM: what it prints and the exit status it returns. */
class SetWebhookCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void refusesAnAppUrlTelegramCannotReachAndSaysWhy() {
        try (TelegramPeer telegram = TelegramPeer.start()) {
            int status = run(Map.of("telegram.bot-token", telegram.token(), "telegram.api-url", telegram.baseUrl(),
                    "telegram.webhook-secret", "the-secret", "storage.public-base-url", "http://localhost:8080"));

            assertEquals(2, status, printed());
            assertTrue(printed().contains("APP_URL must be the shop's public https:// address"), printed());
            assertEquals(List.of(), telegram.calls());
        }
    }

    @Test
    void withoutABotTokenThereIsNothingToRegister() {
        int status = run(Map.of("telegram.bot-token", ""));

        assertEquals(2, status, printed());
        assertTrue(printed().contains("TELEGRAM_BOT_TOKEN is not set"), printed());
    }

    private int run(Map<String, Object> settings) {
        return SetWebhookCommand.run(new String[] {"set-webhook"}, settings,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
}
