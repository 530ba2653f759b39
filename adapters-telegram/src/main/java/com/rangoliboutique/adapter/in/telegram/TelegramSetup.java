package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.rangoliboutique.adapter.out.telegram.TelegramCalls;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Spec scripts/set_webhook.py: registers the webhook (with its secret) and the command menu. */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
public class TelegramSetup {

    private final TelegramBot bot;
    private final String token;
    private final String secret;
    private final String appUrl;

    TelegramSetup(TelegramBot bot, TelegramProperties telegram, @Value("${storage.public-base-url:}") String appUrl) {
        this.bot = bot;
        this.token = telegram.botToken();
        this.secret = telegram.webhookSecret();
        this.appUrl = appUrl.strip().replaceAll("/+$", "");
    }

    /** @return what was done, for the operator; the URL shown without the token */
    public String register(boolean dropPendingUpdates) {
        if (!appUrl.startsWith("https://")) {
            throw new IllegalStateException("APP_URL must be the shop's public https:// address, not \"" + appUrl + "\"");
        }
        if (secret.isEmpty()) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET must be set before registering the webhook");
        }
        TelegramCalls.execute(bot, new SetWebhook()
                .url(appUrl + "/telegram/webhook/" + token)
                .secretToken(secret)
                .allowedUpdates("message", "callback_query")
                .dropPendingUpdates(dropPendingUpdates));
        TelegramCalls.execute(bot, new SetMyCommands(
                new BotCommand("help", "How to add products, and the commands"),
                new BotCommand("list", "The newest pieces: /list, /list drafts|published|sold|hidden"),
                new BotCommand("find", "Search every piece: /find red silk"),
                new BotCommand("soldout", "Mark a piece sold out: /soldout D-1042"),
                new BotCommand("hide", "Take a piece off the catalog: /hide D-1042"),
                new BotCommand("unhide", "Show a piece again: /unhide D-1042"),
                new BotCommand("edit", "Change a piece: /edit D-1042"),
                new BotCommand("sale", "Sale price: /sale D-1042 9999, or /sale D-1042 off"),
                new BotCommand("cancel", "Leave edit mode"),
                new BotCommand("setrate", "Rupees per US dollar: /setrate 84.5"),
                new BotCommand("setwhatsapp", "Number buyers message: /setwhatsapp +91 98765 43210"),
                new BotCommand("setshop", "The shop's name: /setshop Rangoli Boutique"),
                new BotCommand("setowner", "The name buyers greet: /setowner Poonam Jain"),
                new BotCommand("settagline", "The line under the name: /settagline Sarees & dresses"),
                new BotCommand("settings", "Every setting and how to change it"),
                new BotCommand("stats", "Products by status, views and WhatsApp taps with a chart, what the AI photos cost"),
                new BotCommand("channel", "Whether the bot can post to the shop's Telegram channel")));
        return "Webhook set to " + appUrl + "/telegram/webhook/<bot token> (updates: message, callback_query"
                + (dropPendingUpdates ? "; pending updates dropped" : "") + "), command menu registered.";
    }
}
