package com.rangoliboutique.startup;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of every variable of the README's Configuration table that is not free text, checked before Micronaut
 * binds them into the {@code @ConfigurationProperties} records. Micronaut's binder turns a value it cannot convert
 * into the default without a word ({@code WORKER_RETRY_DELAYS=1x} ran with no retries, {@code WORKER_CONCURRENCY=many}
 * with 2); here such a value stops the process at start, naming the variable and what it expects:
 * {@code WORKER_RETRY_DELAYS: "1x" is not a duration, use 30s,2m,5m}. The forms accepted are exactly those the
 * binder reads the same way (tested against it): whole numbers with {@code ms}, {@code s}, {@code m}, {@code h} or
 * {@code d}, or ISO-8601 ({@code PT30S}).
 */
public final class TypedVariables {

    enum Kind {
        DURATION("a duration"),
        DURATIONS("a duration"),
        COUNT("a whole number"),
        FLAG("true or false"),
        DOLLARS("an amount of US dollars (digits, a point for cents)"),
        USER_IDS("a Telegram user id (a whole number)"),
        CHANNEL("a Telegram channel (@name or its -100… id)");

        final String what;

        Kind(String what) {
            this.what = what;
        }
    }

    /** A variable's type and the example the message gives (its default, or a typical value). */
    record Spec(Kind kind, String example) {
    }

    /** A public channel's {@code @username} (5–32 letters, digits, underscores) or a channel's id ({@code -100…}). */
    public static final String CHANNEL_ID = "@[A-Za-z][A-Za-z0-9_]{4,31}|-100\\d{5,16}";

    static final Map<String, Spec> VARIABLES = Map.ofEntries(
            Map.entry("SHUTDOWN_GRACE", new Spec(Kind.DURATION, "20s")),
            Map.entry("QUEUE_VISIBILITY_TIMEOUT", new Spec(Kind.DURATION, "10m")),
            Map.entry("WORKER_ORPHAN_AFTER", new Spec(Kind.DURATION, "5m")),
            Map.entry("WORKER_SWEEP_EVERY", new Spec(Kind.DURATION, "60s")),
            Map.entry("WORKER_PROGRESS_EVERY", new Spec(Kind.DURATION, "4s")),
            Map.entry("WORKER_SHUTDOWN_GRACE", new Spec(Kind.DURATION, "20s")),
            Map.entry("GEMINI_TIMEOUT", new Spec(Kind.DURATION, "90s")),
            Map.entry("GEMINI_RETRY_WAIT", new Spec(Kind.DURATION, "2s")),
            Map.entry("TELEGRAM_ALBUM_QUIET", new Spec(Kind.DURATION, "1500ms")),
            Map.entry("STATS_FLUSH_EVERY", new Spec(Kind.DURATION, "5s")),
            Map.entry("WORKER_RETRY_DELAYS", new Spec(Kind.DURATIONS, "30s,2m,5m")),
            Map.entry("PORT", new Spec(Kind.COUNT, "8080")),
            Map.entry("WORKER_PORT", new Spec(Kind.COUNT, "8081")),
            Map.entry("DB_POOL_SIZE", new Spec(Kind.COUNT, "10")),
            Map.entry("PUBLIC_REQUESTS_PER_MINUTE", new Spec(Kind.COUNT, "60")),
            Map.entry("PAGE_CACHE_ENTRIES", new Spec(Kind.COUNT, "2000")),
            Map.entry("TELEGRAM_WEBHOOK_PER_MINUTE", new Spec(Kind.COUNT, "120")),
            Map.entry("TELEGRAM_REGENERATIONS_PER_HOUR", new Spec(Kind.COUNT, "5")),
            Map.entry("WORKER_CONCURRENCY", new Spec(Kind.COUNT, "2")),
            Map.entry("GEMINI_RETRY_ATTEMPTS", new Spec(Kind.COUNT, "3")),
            Map.entry("STALE_AFTER_DAYS", new Spec(Kind.COUNT, "30")),
            Map.entry("EMBEDDED_POSTGRES_PORT", new Spec(Kind.COUNT, "54329")),
            Map.entry("EMBEDDED_REDIS_PORT", new Spec(Kind.COUNT, "63799")),
            Map.entry("GEMINI_COST_PER_IMAGE_USD", new Spec(Kind.DOLLARS, "0.039")),
            Map.entry("MIGRATE_ON_START", new Spec(Kind.FLAG, "true")),
            Map.entry("DEMO", new Spec(Kind.FLAG, "false")),
            Map.entry("STATS_ENABLED", new Spec(Kind.FLAG, "true")),
            Map.entry("S3_PUBLIC_ACL", new Spec(Kind.FLAG, "true")),
            Map.entry("S3_PATH_STYLE", new Spec(Kind.FLAG, "true")),
            Map.entry("TELEGRAM_ADMIN_IDS", new Spec(Kind.USER_IDS, "123456789,987654321")),
            Map.entry("TELEGRAM_CHANNEL_ID", new Spec(Kind.CHANNEL, "@rangoli_new")),
            Map.entry("PROMOTION_RETRY_DELAYS", new Spec(Kind.DURATIONS, "10s,1m,5m,30m")));

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private TypedVariables() {
    }

    /** One line per malformed variable; empty when every typed variable that is set reads as its type. */
    public static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        VARIABLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(variable -> {
            String value = env.get(variable.getKey());
            if (value != null && !value.isBlank()) {
                problem(variable.getValue().kind(), value.strip())
                        .map(bad -> variable.getKey() + ": \"" + bad + "\" is not " + variable.getValue().kind().what
                                + ", use " + variable.getValue().example())
                        .ifPresent(problems::add);
            }
        });
        return problems;
    }

    /** Refuses to go on when a typed variable is malformed, naming every one. */
    public static void check(Map<String, String> env) {
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot start; these settings are malformed:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The offending part of {@code value}, if any. */
    private static Optional<String> problem(Kind kind, String value) {
        return switch (kind) {
            case DURATION -> duration(value).isPresent() ? Optional.empty() : Optional.of(value);
            case DURATIONS -> firstBad(value, part -> duration(part).isPresent());
            case COUNT -> value.matches("\\d{1,9}") ? Optional.empty() : Optional.of(value);
            case DOLLARS -> value.matches("\\d{1,6}(\\.\\d{1,6})?") ? Optional.empty() : Optional.of(value);
            case FLAG -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? Optional.empty() : Optional.of(value);
            case USER_IDS -> firstBad(value, part -> part.matches("-?\\d{1,19}"));
            case CHANNEL -> value.matches(CHANNEL_ID) ? Optional.empty() : Optional.of(value);
        };
    }

    private static Optional<String> firstBad(String list, java.util.function.Predicate<String> good) {
        for (String part : list.split(",")) {
            String item = part.strip();
            if (!item.isEmpty() && !good.test(item)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The duration {@code text} means, as the binder reads it; empty when it is none. */
    static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text); // lower case only, as the binder
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
