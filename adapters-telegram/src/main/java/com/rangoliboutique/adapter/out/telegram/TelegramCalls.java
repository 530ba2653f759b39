package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;

/** Executes Bot API requests and turns every failure into a {@link TelegramException} free of the bot token. */
public final class TelegramCalls {

    private static final String REDACTED = "<bot-token>";

    private TelegramCalls() {
    }

    /** Sends {@code request} and returns Telegram's successful answer. */
    public static <T extends BaseRequest<T, R>, R extends BaseResponse> R execute(TelegramBot bot,
                                                                                  BaseRequest<T, R> request) {
        String method = request.getMethod();
        R response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException e) {   // pengrad wraps I/O errors in a bare RuntimeException; Gson throws on non-JSON
            Throwable cause = e.getClass() == RuntimeException.class && e.getCause() != null ? e.getCause() : e;
            String description = redact(cause.getClass().getSimpleName() + ": " + cause.getMessage(), bot.getToken());
            throw new TelegramException(method, 0, description, null, mentionsToken(e, bot.getToken()) ? null : e);
        }
        if (response == null) {
            throw new TelegramException(method, 0, "empty answer", null, null);
        }
        if (!response.isOk()) {
            Integer retryAfter = response.parameters() == null ? null : response.parameters().retryAfter();
            throw new TelegramException(method, response.errorCode(),
                    redact(String.valueOf(response.description()), bot.getToken()), retryAfter, null);
        }
        return response;
    }

    static String redact(String text, String token) {
        return token == null || token.isEmpty() ? text : text.replace(token, REDACTED);
    }

    private static boolean mentionsToken(Throwable e, String token) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (token != null && !token.isEmpty() && String.valueOf(t.getMessage()).contains(token)) {
                return true;
            }
        }
        return false;
    }
}
