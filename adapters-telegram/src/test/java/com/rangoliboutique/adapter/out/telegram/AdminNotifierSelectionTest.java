package com.rangoliboutique.adapter.out.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.File;
import com.pengrad.telegrambot.utility.BotUtils;
import com.rangoliboutique.application.port.out.AdminNotifier;
import com.rangoliboutique.application.port.out.AdminNotifier.GenerationFailed;
import com.rangoliboutique.application.port.out.AdminNotifier.PreviewCard;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductDetails;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Exactly one AdminNotifier: Telegram when a bot token is set, the log otherwise. */
class AdminNotifierSelectionTest {

    private final Logger log = (Logger) LoggerFactory.getLogger(AdminNotifierLoggingAdapter.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        log.detachAppender(logged);
    }

    @Test
    void withoutTokenTheLoggingAdapterIsChosenAndSaysSoOnceAtStartUp() {
        try (ApplicationContext context = run(Map.of())) {
            assertInstanceOf(AdminNotifierLoggingAdapter.class, onlyNotifier(context));
            assertFalse(context.containsBean(TelegramBot.class));
            assertEquals(List.of(AdminNotifierLoggingAdapter.DISABLED), messages());
        }
    }

    @Test
    void blankTokenFromAnUnsetEnvironmentVariableCountsAsNoToken() {
        try (ApplicationContext context = run(Map.of("telegram.bot-token", " "))) {
            assertInstanceOf(AdminNotifierLoggingAdapter.class, onlyNotifier(context));
            assertFalse(context.containsBean(TelegramBot.class));
        }
    }

    @Test
    void withTokenTheTelegramAdapterIsChosen() {
        try (ApplicationContext context = run(Map.of("telegram.bot-token", "42:secret",
                "telegram.api-url", "http://127.0.0.1:9"))) {
            assertInstanceOf(AdminNotifierTelegramAdapter.class, onlyNotifier(context));
            assertEquals("42:secret", context.getBean(TelegramBot.class).getToken());
            assertTrue(messages().isEmpty(), "no 'Telegram is disabled' when it is enabled");
        }
    }

    @Test
    void withoutApiUrlTheClientTalksToTheOfficialBotApi() {
        try (ApplicationContext context = run(Map.of("telegram.bot-token", "42:secret"))) {
            File file = BotUtils.GSON.fromJson("{\"file_path\":\"photos/file_1.jpg\"}", File.class);

            assertEquals("https://api.telegram.org/file/bot42:secret/photos/file_1.jpg",
                    context.getBean(TelegramBot.class).getFullFilePath(file));
        }
    }

    @Test
    void loggingAdapterLogsNotificationsWithoutImageBytesAndReturnsNoMessageId() {
        AdminNotifierLoggingAdapter notifier = new AdminNotifierLoggingAdapter();

        ProductDetails silkSaree = new ProductDetails("Silk saree", "", List.of("saree"), List.of("silk"),
                Price.ofRupees(12_500), List.of());
        int messageId = notifier.sendPreview(new PreviewCard(1L, 17L, new DressId(1042), silkSaree,
                new BigDecimal("84.5"), 1, new byte[] {1, 2, 3}, new byte[] {4, 5, 6, 7}));
        notifier.message(1L, "✅ Draft created: D-1042");
        notifier.sendGenerationFailed(1L, 17L, GenerationFailed.afterRetries(new DressId(1042), 4, "timed out"));

        assertEquals(0, messageId);
        List<String> lines = messages();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("D-1042") && lines.get(0).contains("original 3 bytes, AI 4 bytes")
                && lines.get(0).contains("📦 D-1042: Silk saree"), lines.get(0));
        assertTrue(lines.get(1).contains("✅ Draft created: D-1042"));
        assertTrue(lines.get(2).contains("AI generation failed for D-1042") && lines.get(2).contains("product 17"));
    }

    private static ApplicationContext run(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .properties(properties)
                .environmentPropertySource(false)   // a TELEGRAM_BOT_TOKEN in the build's environment must not leak in
                .start();
    }

    private static AdminNotifier onlyNotifier(ApplicationContext context) {
        assertEquals(1, context.getBeansOfType(AdminNotifier.class).size());
        return context.getBean(AdminNotifier.class);
    }

    private List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
