package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.in.telegram.TelegramSetup;
import com.rangoliboutique.adapter.out.telegram.TelegramException;
import io.micronaut.context.ApplicationContext;

import java.util.Arrays;
import java.util.Map;

/** {@code java -jar web-app.jar set-webhook}: one-time registration of the webhook with Telegram. */
final class SetWebhookCommand {

    private SetWebhookCommand() {
    }

    /** @return the process exit status: 0 done, 2 not configured, 1 Telegram refused */
    static int run(String[] args) {
        boolean drop = Arrays.asList(args).contains("--drop-pending-updates");
        // no database, no Redis, no HTTP server: only the Telegram client is needed
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("datasources.default.enabled", false, "flyway.enabled", false,
                        "micronaut.server.enabled", false))
                .start()) {
            if (!context.containsBean(TelegramSetup.class)) {
                System.err.println("TELEGRAM_BOT_TOKEN is not set: there is no bot to register.");
                return 2;
            }
            System.out.println(context.getBean(TelegramSetup.class).register(drop));
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (TelegramException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
