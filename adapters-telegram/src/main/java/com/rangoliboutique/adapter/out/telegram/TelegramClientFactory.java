package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.TelegramBot;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pengrad {@link TelegramBot} client of an app, shared by the notifier and the webhook side. Methods go to
 * {@code {telegram.api-url}/bot{token}/{method}}, file downloads to {@code {telegram.api-url}/file/bot{token}/{path}}.
 */
@Factory
public class TelegramClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramClientFactory.class);

    public static final String BOT_TOKEN = "telegram.bot-token";
    public static final String API_URL = "telegram.api-url";
    public static final String OFFICIAL_API_URL = "https://api.telegram.org";

    /**
     * The official URL is defaulted in {@link #create}, not in the placeholder: Micronaut reads a ':' inside a
     * placeholder default as another placeholder ({@code ${x:https://…}} resolves to {@code //…}).
     */
    @Singleton
    @Bean(preDestroy = "shutdown")
    @Requires(condition = TelegramCondition.Enabled.class)
    TelegramBot telegramBot(TelegramProperties telegram) {
        LOG.info("Telegram: the bot talks to the Bot API at {}; {}",
                telegram.apiUrl().isEmpty() ? OFFICIAL_API_URL : telegram.apiUrl(),
                telegram.webhookEnabled() ? "updates come to this process's webhook"
                        : "this process only sends (the web app takes the updates)");
        return create(telegram.botToken(), telegram.apiUrl());
    }

    /** A client for {@code token} against the Bot API at {@code apiUrl} (blank: the official one). */
    public static TelegramBot create(String token, String apiUrl) {
        String base = apiUrl == null || apiUrl.isBlank() ? OFFICIAL_API_URL : apiUrl.strip().replaceAll("/+$", "");
        return new TelegramBot.Builder(token).apiUrl(base + "/bot").fileApiUrl(base + "/file/bot").build();
    }
}
