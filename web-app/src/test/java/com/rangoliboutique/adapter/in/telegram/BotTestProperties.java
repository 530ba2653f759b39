package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramPeer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** The properties of a web app whose bot talks to {@code telegram}, with its own storage directory. */
public final class BotTestProperties {

    private BotTestProperties() {
    }

    public static Map<String, String> of(Map<String, String> base, TelegramPeer telegram, String secret,
                                         String adminIds) {
        Map<String, String> p = new LinkedHashMap<>(base);
        p.put("telegram.bot-token", telegram.token());
        p.put("telegram.api-url", telegram.baseUrl());
        p.put("telegram.webhook-secret", secret);
        p.put("telegram.admin-ids", adminIds);
        try {
            p.put("storage.dir", Files.createTempDirectory("bot-storage").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
