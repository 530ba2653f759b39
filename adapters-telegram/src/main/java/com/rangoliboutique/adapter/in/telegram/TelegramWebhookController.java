package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.out.RateLimits;
import com.rangoliboutique.application.port.out.UpdateLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code POST /telegram/webhook/{token}} (spec §3, §8): 404 unless the path token is the bot's, 403 unless the
 * secret header matches (both compared in constant time, neither changing anything), 429 past 120 updates a minute
 * (shared through Redis; this process's memory while Redis is away), and each update handled once however often
 * Telegram re-delivers it. An update that could not be saved because the database is away is answered 503 (and
 * forgotten as seen), so Telegram delivers it again. Everything else is answered 200 — also failures, after telling
 * the owner — so Telegram never re-delivers a poison update forever.
 * <p>
 * Each call is counted in {@code rangoli.telegram.updates} by outcome: not_found, forbidden, rate_limited,
 * bad_request, duplicate, handled, ignored (not from an admin), failed or unavailable.
 */
@Controller("/telegram/webhook")
@Requires(condition = TelegramCondition.Enabled.class)
@Requires(property = "telegram.webhook-enabled", value = "true")
class TelegramWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final Duration REMEMBER_UPDATES = Duration.ofDays(1);

    private final byte[] token;
    private final byte[] secret;
    private final int perMinute;
    private final RateLimits limits;
    private final UpdateLog updates;
    private final OwnerUpdates owner;
    private final Map<String, Counter> outcomes;

    TelegramWebhookController(TelegramProperties telegram, RateLimits limits, UpdateLog updates, OwnerUpdates owner,
                              @Nullable MeterRegistry meters) {
        this.token = telegram.botToken().getBytes(StandardCharsets.UTF_8);
        this.secret = telegram.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.perMinute = telegram.webhookPerMinute();
        this.limits = limits;
        this.updates = updates;
        this.owner = owner;
        MeterRegistry registry = meters == null ? new CompositeMeterRegistry() : meters; // none: no metrics wanted
        this.outcomes = Stream.concat(
                        Stream.of("not_found", "forbidden", "rate_limited", "bad_request", "duplicate"),
                        Arrays.stream(OwnerUpdates.Handling.values()).map(h -> h.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableMap(Function.identity(), outcome -> Counter
                        .builder("rangoli.telegram.updates")
                        .description("Calls to the Telegram webhook, by what became of them")
                        .tag("outcome", outcome)
                        .register(registry)));
        if (telegram.webhookSecret().isEmpty()) {
            LOG.warn("TELEGRAM_WEBHOOK_SECRET is empty: every webhook call is refused until it is set");
        }
    }

    @Post(uri = "/{token}", consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> receive(String token,
                                 @Nullable @Header("X-Telegram-Bot-Api-Secret-Token") String secretHeader,
                                 @Nullable @Body String body) {
        if (!matches(this.token, token)) {
            count("not_found");
            return HttpResponse.notFound("Not Found");
        }
        if (secret.length == 0 || !matches(secret, secretHeader)) {
            count("forbidden");
            return HttpResponse.<String>status(io.micronaut.http.HttpStatus.FORBIDDEN).body("Forbidden");
        }
        RateLimits.Decision allowed = limits.tryAcquire("webhook", perMinute, Duration.ofMinutes(1));
        if (!allowed.allowed()) {
            count("rate_limited");
            return HttpResponse.<String>status(io.micronaut.http.HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(Math.max(1, allowed.retryAfter().toSeconds())))
                    .body("Too Many Requests");
        }
        Update update;
        try {
            update = BotUtils.parseUpdate(body == null ? "" : body);
        } catch (RuntimeException e) {
            update = null;
        }
        if (update == null || update.updateId() == null) {
            count("bad_request");
            return HttpResponse.badRequest("Not a Telegram update");
        }
        if (!updates.firstDelivery(update.updateId(), REMEMBER_UPDATES)) {
            LOG.info("update {} delivered again: already handled", update.updateId());
            count("duplicate");
            return HttpResponse.ok("OK");
        }
        OwnerUpdates.Handling handling = owner.handle(update);
        count(handling.name().toLowerCase(Locale.ROOT));
        if (handling == OwnerUpdates.Handling.UNAVAILABLE) {
            updates.forget(update.updateId()); // its next delivery is the one that counts
            return HttpResponse.<String>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .body("Service Unavailable");
        }
        return HttpResponse.ok("OK");
    }

    private void count(String outcome) {
        outcomes.get(outcome).increment();
    }

    private static boolean matches(byte[] expected, String given) {
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }
}
