package com.rangoliboutique.startup;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in log text with {@code ***}: the value of every secret environment variable (and the passwords of
 * {@code DATABASE_URL} and {@code REDIS_URL}), as read at start, and the value of every signature query parameter
 * ({@code signature=}, {@code X-Amz-Signature=}, {@code X-Amz-Credential=}, {@code sig=}). Values shorter than
 * {@value #MIN_LENGTH} characters are not masked: they would blank out ordinary words. Used by both log formats.
 */
public final class SecretMasking {

    public static final String MASK = "***";
    static final int MIN_LENGTH = 6;
    static final List<String> SECRET_VARIABLES = List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "SECRET_KEY",
            "S3_ACCESS_KEY", "S3_SECRET_KEY", "GEMINI_API_KEY", "INTERNAL_API_KEY");
    static final List<String> URL_VARIABLES = List.of("DATABASE_URL", "REDIS_URL");

    private static final Pattern SIGNATURE_PARAMETER =
            Pattern.compile("(?i)(?<![\\w-])((?:X-Amz-Signature|X-Amz-Credential|signature|sig)=)[^&\\s\"'<>\\\\]+");
    private static final Pattern URL_PASSWORD = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*:([^@/]*)@");

    private static volatile SecretMasking fromEnvironment;

    /** Longest first, so a secret that contains another is masked whole. */
    private final List<String> values;

    public SecretMasking(Map<String, String> env) {
        Set<String> found = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String name : SECRET_VARIABLES) {
            addWithEncodings(found, env.get(name));
        }
        for (String name : URL_VARIABLES) {
            String raw = rawPassword(env.get(name));
            addWithEncodings(found, raw);
            addWithEncodings(found, decode(raw));
        }
        this.values = List.copyOf(found);
    }

    /** The masking for this process's environment, read once. */
    public static SecretMasking fromEnvironment() {
        SecretMasking masking = fromEnvironment;
        if (masking == null) {
            synchronized (SecretMasking.class) {
                if (fromEnvironment == null) {
                    fromEnvironment = new SecretMasking(System.getenv());
                }
                masking = fromEnvironment;
            }
        }
        return masking;
    }

    /** {@code text} with every known secret and every signature parameter value replaced by {@value #MASK}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String value : values) {
            if (masked.contains(value)) {
                masked = masked.replace(value, MASK);
            }
        }
        if (masked.indexOf('=') >= 0) {
            masked = SIGNATURE_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
        }
        return masked;
    }

    private static void addWithEncodings(Set<String> values, String value) {
        if (value == null) {
            return;
        }
        String secret = value.strip();
        if (secret.length() < MIN_LENGTH) {
            return;
        }
        values.add(secret);
        values.add(URLEncoder.encode(secret, StandardCharsets.UTF_8)); // e.g. the bot token's ':' as %3A in a URL
    }

    /** The password of {@code user:pass@} in a URL as written there (maybe percent-encoded), or null. */
    static String rawPassword(String url) {
        if (url == null) {
            return null;
        }
        Matcher matcher = URL_PASSWORD.matcher(url.strip());
        return matcher.find() && !matcher.group(1).isEmpty() ? matcher.group(1) : null;
    }

    private static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
