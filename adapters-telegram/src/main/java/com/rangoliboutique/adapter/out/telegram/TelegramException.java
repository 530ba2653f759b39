package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.application.port.out.AdminNotifier;

import java.time.Duration;
import java.util.Optional;

/**
 * A Bot API call that failed: Telegram answered {@code ok=false}, or the call never got an answer. The message names
 * the method and Telegram's description; it never contains the bot token.
 */
public class TelegramException extends AdminNotifier.NotDelivered {

    private final String method;
    private final int errorCode;
    private final Integer retryAfterSeconds;

    public TelegramException(String method, int errorCode, String description, Integer retryAfterSeconds, Throwable cause) {
        super("Telegram " + method + " failed: " + (errorCode == 0 ? "" : errorCode + " ") + description,
                retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds), cause);
        this.method = method;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The Bot API method, e.g. {@code sendPhoto}. */
    public String method() {
        return method;
    }

    /** Telegram's error_code (400, 403, 429, …), or 0 when there was no answer (I/O error, unreadable reply). */
    public int errorCode() {
        return errorCode;
    }

    /** For 429 Too Many Requests: how long Telegram asks us to wait. */
    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** Worth trying again later: no answer, flood control or a Telegram server error. */
    public boolean isTransient() {
        return errorCode == 0 || errorCode == 429 || errorCode >= 500;
    }
}
