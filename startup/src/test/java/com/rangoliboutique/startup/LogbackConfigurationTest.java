package com.rangoliboutique.startup;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logback files the two apps ship (read from their modules), configured for real and written through. */
class LogbackConfigurationTest {

    private static final String SIGNED = "/media/private/a.jpg?expires=1764000000&signature=" + "ab".repeat(32);

    @ParameterizedTest
    @ValueSource(strings = {"web-app", "worker-app"})
    void plainTextMasksMessageAndStack(String app) throws Exception {
        String out = logThrough(Path.of("..", app, "src", "main", "resources", "logback.xml"));

        assertTrue(out.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR \\[main] com\\.example\\.Media - "
                + "serving /media/private/a\\.jpg\\?expires=1764000000&signature=\\*\\*\\*\n"
                + "java\\.lang\\.IllegalStateException: refused /media/private/a\\.jpg\\?expires=1764000000"
                + "&signature=\\*\\*\\*\n\tat .*"), out);
        assertTrue(!out.contains("ab".repeat(32)), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-app", "worker-app"})
    void jsonWritesOneMaskedObjectPerLine(String app) throws Exception {
        String out = logThrough(Path.of("..", app, "src", "main", "resources", "logback-json.xml"));

        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), out);
        Map<String, String> json = JsonLineEncoderTest.parse(lines.get(0));
        assertEquals("ERROR", json.get("level"));
        assertEquals("com.example.Media", json.get("logger"));
        assertEquals("serving /media/private/a.jpg?expires=1764000000&signature=***", json.get("message"));
        assertEquals("java.lang.IllegalStateException: refused /media/private/a.jpg?expires=1764000000&signature=***",
                json.get("error"));
        assertTrue(!out.contains("ab".repeat(32)), out);
    }

    /** One error with a signed URL in its message and its exception, through {@code file}; what reached stdout. */
    private static String logThrough(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " is missing");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(file.toFile());
            List<Status> problems = context.getStatusManager().getCopyOfStatusList().stream()
                    .filter(s -> s.getLevel() > Status.INFO).toList();
            assertEquals(List.of(), problems, "logback complains about " + file);
            Logger logger = context.getLogger("com.example.Media");
            String previous = Thread.currentThread().getName();
            Thread.currentThread().setName("main");
            try {
                logger.error("serving {}", SIGNED, new IllegalStateException("refused " + SIGNED));
            } finally {
                Thread.currentThread().setName(previous);
            }
        } finally {
            context.stop();
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
