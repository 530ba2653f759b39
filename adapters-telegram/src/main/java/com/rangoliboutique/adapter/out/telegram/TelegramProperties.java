package com.rangoliboutique.adapter.out.telegram;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot (README "Configuration"), bound from {@code telegram.*}. Text values are stripped; the admin ids are read
 * here, so a malformed one stops the process at start naming {@code TELEGRAM_ADMIN_IDS}.
 *
 * @param botToken             the bot's token ({@code TELEGRAM_BOT_TOKEN}); blank = the bot is off
 * @param apiUrl               the Bot API base ({@code TELEGRAM_API_URL}); blank = Telegram's own
 * @param webhookSecret        the expected {@code X-Telegram-Bot-Api-Secret-Token} ({@code TELEGRAM_WEBHOOK_SECRET})
 * @param adminIds             comma-separated Telegram user ids heard by the bot ({@code TELEGRAM_ADMIN_IDS})
 * @param webhookPerMinute     webhook calls accepted per minute, then 429 ({@code TELEGRAM_WEBHOOK_PER_MINUTE})
 * @param regenerationsPerHour Regenerate presses per owner per hour ({@code TELEGRAM_REGENERATIONS_PER_HOUR})
 * @param albumQuiet           how long after an album's last photo the album is taken as complete
 * @param webhookEnabled       whether this process takes the webhook (the web app; not the worker)
 * @param channelId            the shop's public channel ({@code TELEGRAM_CHANNEL_ID}: {@code @rangoli_new} or
 *                             {@code -100…}); blank = no channel
 */
@ConfigurationProperties("telegram")
public record TelegramProperties(
        @Bindable(defaultValue = "") String botToken,
        @Bindable(defaultValue = "") String apiUrl,
        @Bindable(defaultValue = "") String webhookSecret,
        @Bindable(defaultValue = "") String adminIds,
        @Bindable(defaultValue = "120") int webhookPerMinute,
        @Bindable(defaultValue = "5") int regenerationsPerHour,
        @Bindable(defaultValue = "1500ms") Duration albumQuiet,
        @Bindable(defaultValue = "false") boolean webhookEnabled,
        @Bindable(defaultValue = "") String channelId) {

    /** A public channel's {@code @username} or a channel's id; the same as the start-up check's. */
    private static final String CHANNEL_ID = "@[A-Za-z][A-Za-z0-9_]{4,31}|-100\\d{5,16}";

    public TelegramProperties {
        botToken = strip(botToken);
        apiUrl = strip(apiUrl);
        webhookSecret = strip(webhookSecret);
        adminIds = strip(adminIds);
        channelId = strip(channelId);
        if (!channelId.isEmpty() && !channelId.matches(CHANNEL_ID)) {
            throw new IllegalArgumentException("TELEGRAM_CHANNEL_ID: \"" + channelId + "\" is not a Telegram channel,"
                    + " use its @name (@rangoli_new) or its id (-1001234567890)");
        }
        if (webhookPerMinute < 1) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_PER_MINUTE: \"" + webhookPerMinute
                    + "\" is out of range, use a whole number of at least 1, e.g. 120");
        }
        if (regenerationsPerHour < 0) {
            throw new IllegalArgumentException("TELEGRAM_REGENERATIONS_PER_HOUR: \"" + regenerationsPerHour
                    + "\" is out of range, use 0 or more, e.g. 5");
        }
        if (albumQuiet == null || albumQuiet.isNegative() || albumQuiet.isZero()) {
            throw new IllegalArgumentException("TELEGRAM_ALBUM_QUIET: must be longer than nothing, use e.g. 1500ms");
        }
        admins(adminIds); // refuses a malformed id now, not at the first update
    }

    /** The Telegram user ids the bot listens to. */
    public Set<Long> admins() {
        return admins(adminIds);
    }

    public boolean botConfigured() {
        return !botToken.isEmpty();
    }

    private static Set<Long> admins(String ids) {
        return Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(id -> {
                    try {
                        return Long.parseLong(id);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("TELEGRAM_ADMIN_IDS: \"" + id + "\" is not a Telegram"
                                + " user id (a whole number), use 123456789,987654321");
                    }
                })
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
