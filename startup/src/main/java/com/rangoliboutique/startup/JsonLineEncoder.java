package com.rangoliboutique.startup;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per log event, on one line: {@code time} (ISO-8601, UTC), {@code level}, {@code logger},
 * {@code thread}, {@code message}, then {@code dress_id} / {@code update_id} / {@code job_id} from the MDC when set,
 * and for a throwable {@code error} ({@code Class: message}) and {@code stack} (the whole trace, causes included).
 * Message, MDC values and throwable text go through {@link SecretMasking}.
 */
public class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    static final List<String> MDC_KEYS = List.of("dress_id", "update_id", "job_id");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SecretMasking masking;

    /** For tests: mask with {@code masking} instead of the process environment's secrets. */
    void setMasking(SecretMasking masking) {
        this.masking = masking;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return line(event).getBytes(StandardCharsets.UTF_8);
    }

    String line(ILoggingEvent event) {
        SecretMasking mask = masking == null ? SecretMasking.fromEnvironment() : masking;
        StringBuilder json = new StringBuilder(256);
        json.append('{');
        field(json, "time", TIME.format(event.getInstant()), false);
        field(json, "level", event.getLevel().toString(), true);
        field(json, "logger", event.getLoggerName(), true);
        field(json, "thread", event.getThreadName(), true);
        field(json, "message", mask.mask(event.getFormattedMessage()), true);
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            for (String key : MDC_KEYS) {
                String value = mdc.get(key);
                if (value != null) {
                    field(json, key, mask.mask(value), true);
                }
            }
        }
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable != null) {
            field(json, "error", mask.mask(throwable.getClassName()
                    + (throwable.getMessage() == null ? "" : ": " + throwable.getMessage())), true);
            field(json, "stack", mask.mask(ThrowableProxyUtil.asString(throwable)), true);
        }
        return json.append('}').append('\n').toString();
    }

    private static void field(StringBuilder json, String name, String value, boolean comma) {
        if (comma) {
            json.append(',');
        }
        json.append('"').append(name).append("\":");
        if (value == null) {
            json.append("null");
        } else {
            json.append('"');
            escape(json, value);
            json.append('"');
        }
    }

    /** JSON string escaping (RFC 8259): quote, backslash and every control character; nothing else needs it. */
    static void escape(StringBuilder json, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
    }
}
