package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar web-app.jar set-webhook}: spec scripts/set_webhook.py against the Bot API peer, the jar as a process
 * (its refusals are tested in-process: {@link SetWebhookCommandTest}).
 */
class SetWebhookCommandIT {

    @Test
    void registersTheWebhookWithItsSecretAndTheCommandMenu() throws Exception {
        try (TelegramPeer telegram = TelegramPeer.start();
             RunningJar command = RunningJar.start(WebAppJarIT.JAR, Map.of(
                     "TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL", telegram.baseUrl(),
                     "TELEGRAM_WEBHOOK_SECRET", "the-secret", "APP_URL", "https://rangoliboutique.com"),
                     "set-webhook", "--drop-pending-updates")) {

            assertEquals(0, command.awaitExit(Duration.ofSeconds(60)), command.output());
            TelegramPeer.Call webhook = telegram.calls("setWebhook").get(0);
            assertEquals("https://rangoliboutique.com/telegram/webhook/" + telegram.token(), webhook.param("url"));
            assertEquals("the-secret", webhook.param("secret_token"));
            assertEquals("[\"message\",\"callback_query\"]", webhook.param("allowed_updates"));
            assertEquals("true", webhook.param("drop_pending_updates"));
            assertTrue(telegram.calls("setMyCommands").get(0).param("commands").contains("\"soldout\""));
            assertTrue(command.output().contains("Webhook set to https://rangoliboutique.com/telegram/webhook/<bot token>"));
            assertFalse(command.output().contains(telegram.token()), "the token stays out of the output");
        }
    }
}
