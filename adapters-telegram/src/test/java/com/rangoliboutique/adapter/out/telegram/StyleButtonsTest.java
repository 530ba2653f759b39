package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.rangoliboutique.domain.image.AiStyle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleButtonsTest {

    private static final long LARGEST_ID = Integer.MAX_VALUE; // products.id is a SERIAL

    @Test
    void everyStyleAndGalleryButtonStaysWithinTelegramsSixtyFourBytesAndReadsBack() {
        List<String> data = Arrays.stream(keyboards()).flatMap(k -> Arrays.stream(k.inlineKeyboard()))
                .flatMap(Arrays::stream).map(InlineKeyboardButton::callbackData).toList();

        for (String d : data) {
            assertTrue(d.getBytes(StandardCharsets.UTF_8).length <= 64, d);
        }
        for (AiStyle style : AiStyle.values()) {
            assertEquals(Optional.of(new StyleButtons.Press.Look(LARGEST_ID, style)),
                    StyleButtons.Press.parse("look:" + LARGEST_ID + ":" + style.name()));
        }
        assertEquals(Optional.of(new StyleButtons.Press.Gallery(17, 3)), StyleButtons.Press.parse("gal:17:3"));
    }

    @Test
    void aForgedOrOldButtonIsNotReadAsAPress() {
        for (String forged : List.of("look:17:WATERCOLOUR", "look:17", "gal:17", "gal:x:1", "gal:17:1:2", "look::STUDIO",
                "approve:17")) {
            assertEquals(Optional.empty(), StyleButtons.Press.parse(forged), forged);
        }
    }

    @Test
    void aVersionsCardOffersStyleAndTheGalleryToggle() {
        assertEquals(List.of("🎨 Style", "➕ Add to gallery"), labels(
                AdminNotifierTelegramAdapter.previewKeyboard(17, 2, false).inlineKeyboard()[1]));
        assertEquals(List.of("🎨 Style", "✓ In gallery"), labels(
                AdminNotifierTelegramAdapter.previewKeyboard(17, 2, true).inlineKeyboard()[1]));
    }

    private static InlineKeyboardMarkup[] keyboards() {
        return new InlineKeyboardMarkup[] {StyleButtons.picker(LARGEST_ID),
                AdminNotifierTelegramAdapter.previewKeyboard(LARGEST_ID, Integer.MAX_VALUE, true),
                AdminNotifierTelegramAdapter.refusedKeyboard(LARGEST_ID)};
    }

    private static List<String> labels(InlineKeyboardButton[] row) {
        return Arrays.stream(row).map(InlineKeyboardButton::text).toList();
    }
}
