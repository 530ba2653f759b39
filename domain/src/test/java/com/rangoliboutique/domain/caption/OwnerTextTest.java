package com.rangoliboutique.domain.caption;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class OwnerTextTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "0007", "001B", "001F", "007F", "0080", "009F", "D83D", "DE00", "FEFF"})
    void invisibleControlsHalvesOfPairsAndTheByteOrderMarkAreUnwanted(String hex) {
        assertTrue(OwnerText.unwanted(Integer.parseInt(hex, 16)));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {
            "0009", "000A", "000D", "000B", "000C", "0085", "2028", "2029", // tab and line breaks
            "200D", "200C", "200E", "200F", "00AD", "2060", "E0067",         // format characters that shape text
            "FE0F", "1F600", "0915", "094D", "20B9", "0020", "00A0", "E000"  // emoji, Devanagari, ₹, spaces, private use
    })
    void textShapingCharactersAndLineBreaksAreWanted(String hex) {
        assertFalse(OwnerText.unwanted(Integer.parseInt(hex, 16)));
    }

    @Test
    void emojiWithJoinersAndIndicConjunctsAreClean() {
        // 👩‍👩‍👧 (ZWJ sequence), ❤️ (variation selector), क्‍ष (ZWJ in a conjunct), क्‌ष (ZWNJ), 🏴󠁧󠁢󠁳󠁣󠁴󠁿 (tag characters)
        String text = "👩\u200D👩\u200D👧 ❤\uFE0F क्\u200Dष क्\u200Cष 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63"
                + "\uDB40\uDC74\uDB40\uDC7F\r\n\tलाल साड़ी";
        assertEquals(Optional.empty(), OwnerText.unwantedIn(text));
        assertEquals(Optional.empty(), OwnerText.problem(text));
        assertEquals(text, OwnerText.withoutUnwanted(text));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Price\\u0000 100                     | an invisible control character (U+0000)
            a\\u0000b\\u0000c                    | an invisible control character (U+0000)
            a\\u0007b\\u0000c                    | invisible control characters (U+0000, U+0007)
            \\u0001\\u0002\\u0003\\u0004         | invisible control characters (U+0001, U+0002, U+0003, …)
            \\uFEFFTitle: Saree                  | an invisible byte-order mark (U+FEFF)
            half \\uD83D of a smile              | a broken character (U+D83D)
            \\u0000 and \\uD83D                  | an invisible control character (U+0000) and a broken character (U+D83D)
            """)
    void theUnwantedCharactersAreNamedByKindAndCode(String escaped, String expected) {
        assertEquals(Optional.of(expected), OwnerText.unwantedIn(unescape(escaped)));
    }

    @Test
    void removingKeepsEverythingElse() {
        assertEquals("Price: 12,500 ₹ 👩‍👧", OwnerText.withoutUnwanted("\uFEFFPrice:\u0000 12,500 ₹ \u001B👩‍👧"));
    }

    @Test
    void aOneLineMessageIsRefusedAsAWhole() {
        assertEquals(Optional.of("Your message holds an invisible control character (U+0000) — delete it and type the"
                + " message again."), OwnerText.problem("/setwhatsapp +91 98765\u0000 43210"));
    }

    @Test
    void aLongerMessageNamesTheLines() {
        assertEquals(Optional.of("Line 2 of your message holds an invisible control character (U+0007) — delete that"
                + " line and type it again."), OwnerText.problem("Title: Saree\nPrice: \u0007100\nTags: red"));
        assertEquals(Optional.of("Lines 1, 3 of your message hold an invisible control character (U+0000) — delete"
                + " those lines and type them again."), OwnerText.problem("Title:\u0000 Saree\r\nPrice: 100\n\u0000"));
    }

    @Test
    void nullIsClean() {
        assertEquals(Optional.empty(), OwnerText.unwantedIn(null));
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(escaped.charAt(i));
            }
        }
        return out.toString();
    }
}
