package com.rangoliboutique.adapter.out.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdminNotifierTelegramAdapterTest {

    @Test
    void textWithinTheLimitIsKeptAsIs() {
        assertEquals("📦 D-1042", AdminNotifierTelegramAdapter.fit("📦 D-1042", 1024));
    }

    @Test
    void longTextIsCutToTheLimitEndingInAnEllipsis() {
        String cut = AdminNotifierTelegramAdapter.fit("x".repeat(5000), 4096);

        assertEquals(4096, cut.length());
        assertEquals("x".repeat(4095) + "…", cut);
    }

    @Test
    void cutNeverSplitsAnEmoji() {
        String cut = AdminNotifierTelegramAdapter.fit("ab🎨🎨", 4);   // 🎨 is two UTF-16 units

        assertEquals("ab…", cut);
    }

    @Test
    void callbackDataIsPrefixColonProductId() {
        assertEquals("approve:17", CallbackAction.APPROVE.callbackData(17));
        assertEquals("regen:17", CallbackAction.REGENERATE.callbackData(17));
        assertEquals("pub_orig:17", CallbackAction.PUBLISH_ORIGINAL.callbackData(17));
        assertEquals("edit_meta:17", CallbackAction.EDIT.callbackData(17));
        assertEquals("discard:17", CallbackAction.DISCARD.callbackData(17));
    }

    @Test
    void redactReplacesEveryOccurrenceOfTheToken() {
        assertEquals("POST http://h/bot<bot-token>/sendMessage <bot-token>",
                TelegramCalls.redact("POST http://h/bot42:abc/sendMessage 42:abc", "42:abc"));
    }
}
