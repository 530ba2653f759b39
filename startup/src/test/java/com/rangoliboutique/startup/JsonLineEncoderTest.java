package com.rangoliboutique.startup;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLineEncoderTest {

    private static final String TOKEN = SecretMaskingTest.TOKEN;

    private final LoggerContext context = new LoggerContext();
    private final JsonLineEncoder encoder = new JsonLineEncoder();

    JsonLineEncoderTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        encoder.setContext(context);
        encoder.setMasking(new SecretMasking(SecretMaskingTest.ENV));
        encoder.start();
    }

    @Test
    void oneObjectOnOneLineWithTimeLevelLoggerThreadAndMessage() throws IOException {
        LoggingEvent event = event(Level.INFO, "draft {} created", null, 7);
        event.setInstant(Instant.parse("2025-11-24T15:04:05.123456Z"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertTrue(line.endsWith("}\n"), line);
        assertEquals(1, line.split("\n", -1).length - 1, "exactly one line: " + line);
        assertEquals("{\"time\":\"2025-11-24T15:04:05.123Z\",\"level\":\"INFO\",\"logger\":\"com.example.Drafts\","
                + "\"thread\":\"main\",\"message\":\"draft 7 created\"}\n", line);
    }

    @Test
    void carriesTheDressUpdateAndJobIdsFromTheMdcAndNothingElse() throws IOException {
        LoggingEvent event = event(Level.WARN, "slow", null);
        event.setMDCPropertyMap(Map.of("update_id", "1001", "job_id", "j-9", "dress_id", "42", "other", "x"));

        Map<String, String> json = parse(new String(encoder.encode(event), StandardCharsets.UTF_8));

        assertEquals(List.of("time", "level", "logger", "thread", "message", "dress_id", "update_id", "job_id"),
                List.copyOf(json.keySet()));
        assertEquals("1001", json.get("update_id"));
        assertEquals("j-9", json.get("job_id"));
        assertEquals("42", json.get("dress_id"));
    }

    @Test
    void aThrowableGivesErrorAndTheWholeStackOnTheSameLine() throws IOException {
        IllegalStateException failure = new IllegalStateException("boom", new java.io.IOException("disk full"));

        String line = new String(encoder.encode(event(Level.ERROR, "update failed", failure)), StandardCharsets.UTF_8);
        Map<String, String> json = parse(line);

        assertEquals(1, line.split("\n", -1).length - 1, line);
        assertEquals("java.lang.IllegalStateException: boom", json.get("error"));
        assertTrue(json.get("stack").startsWith("java.lang.IllegalStateException: boom\n\tat "), json.get("stack"));
        assertTrue(json.get("stack").contains("Caused by: java.io.IOException: disk full"), json.get("stack"));
    }

    @Test
    void escapesWhateverTheMessageHolds() throws IOException {
        String nasty = "quote \" backslash \\ newline \n tab \t cr \r bell \u0007 nul \u0000 sep \u2028 rupee ₹ 🙂";

        String line = new String(encoder.encode(event(Level.INFO, nasty, null)), StandardCharsets.UTF_8);

        assertEquals(nasty, parse(line).get("message"));
        assertFalse(line.substring(0, line.length() - 1).chars().anyMatch(c -> c < 0x20 || c == 0x2028), line);
    }

    @Test
    void masksSecretsInTheMessageTheErrorAndTheStack() throws IOException {
        RuntimeException failure = new RuntimeException("GET https://api.telegram.org/bot" + TOKEN + "/getFile",
                new RuntimeException("X-Amz-Signature=" + "ab".repeat(32) + " key " + "AKIAEXAMPLEACCESS"));
        LoggingEvent event = event(Level.ERROR, "calling {} with {}", failure,
                "/telegram/webhook/" + TOKEN, "/media/private/a.jpg?expires=1&signature=" + "cd".repeat(32));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        Map<String, String> json = parse(line);

        for (String secret : List.of(TOKEN, "ab".repeat(32), "cd".repeat(32), "AKIAEXAMPLEACCESS")) {
            assertFalse(line.contains(secret), secret + " in " + line);
        }
        assertEquals("calling /telegram/webhook/*** with /media/private/a.jpg?expires=1&signature=***",
                json.get("message"));
        assertEquals("java.lang.RuntimeException: GET https://api.telegram.org/bot***/getFile", json.get("error"));
        assertTrue(json.get("stack").contains("X-Amz-Signature=*** key ***"), json.get("stack"));
    }

    private LoggingEvent event(Level level, String message, Throwable throwable, Object... args) {
        LoggingEvent event = new LoggingEvent(JsonLineEncoderTest.class.getName(),
                context.getLogger("com.example.Drafts"), level, message, throwable, args);
        event.setThreadName("main");
        return event;
    }

    /** A flat JSON object of strings, read by a real JSON parser, in order. */
    static Map<String, String> parse(String line) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken(), line);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                assertEquals(JsonToken.VALUE_STRING, parser.nextToken(), name + " in " + line);
                fields.put(name, parser.getText());
            }
            assertEquals(JsonToken.END_OBJECT, parser.currentToken(), line);
            assertEquals(null, parser.nextToken(), "nothing after the object: " + line);
        }
        return fields;
    }
}
