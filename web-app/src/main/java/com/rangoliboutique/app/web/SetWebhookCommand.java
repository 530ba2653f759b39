package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.in.telegram.TelegramSetup;
import com.rangoliboutique.adapter.out.telegram.TelegramException;
import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code java -jar web-app.jar set-webhook}: one-time registration of the webhook with Telegram. */
final class SetWebhookCommand {

    private SetWebhookCommand() {
    }

    /** @return the process exit status: 0 done, 2 not configured, 1 Telegram refused */
    static int run(String[] args) {
        return run(args, Map.of(), System.out, System.err);
    }

    /** As {@link #run(String[])}, with {@code settings} over the environment's, writing to {@code out} and {@code err}. */
    static int run(String[] args, Map<String, Object> settings, PrintStream out, PrintStream err) {
        boolean drop = Arrays.asList(args).contains("--drop-pending-updates");
        Map<String, Object> properties = new LinkedHashMap<>(settings);
        // no database, no Redis, no HTTP server: only the Telegram client is needed
        properties.putAll(Map.of("datasources.default.enabled", false, "flyway.enabled", false,
                "micronaut.server.enabled", false));
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start()) {
            if (!context.containsBean(TelegramSetup.class)) {
                err.println("TELEGRAM_BOT_TOKEN is not set: there is no bot to register.");
                return 2;
            }
            out.println(context.getBean(TelegramSetup.class).register(drop));
            return 0;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        } catch (TelegramException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
