package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.File;
import com.pengrad.telegrambot.request.GetFile;
import com.rangoliboutique.adapter.out.telegram.TelegramCalls;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.adapter.out.telegram.TelegramException;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads what the owner sent: getFile, then the file URL, with timeouts and a size cap. */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class TelegramFiles {

    private final TelegramBot bot;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramFiles(TelegramBot bot) {
        this.bot = bot;
    }

    /** The file's bytes, at most {@code maxBytes + 1} of them (so an oversize file is recognised, not read whole). */
    byte[] download(String fileId, long maxBytes) {
        File file = TelegramCalls.execute(bot, new GetFile(fileId)).file();
        HttpRequest request = HttpRequest.newBuilder(URI.create(bot.getFullFilePath(file)))
                .timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TelegramException("download", response.statusCode(), "file download refused", null, null);
                }
                return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException e) {
            throw new TelegramException("download", 0, e.getClass().getSimpleName(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramException("download", 0, "interrupted", null, null);
        }
    }
}
