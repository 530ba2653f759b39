package com.rangoliboutique.adapter.out.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts shipped with the cards (subsets of Noto Sans and Noto Sans Devanagari, {@code fonts/README.md}), so a card
 * looks the same on every server. Each run of text gets the font that can show it: Devanagari letters the Devanagari
 * face, everything else the Latin one; Java2D shapes the Devanagari (conjuncts, matras) through the font's tables.
 */
final class CardFonts {

    static final Font LATIN = load("NotoSans-Regular.ttf");
    static final Font LATIN_BOLD = load("NotoSans-Bold.ttf");
    static final Font DEVANAGARI = load("NotoSansDevanagari-Regular.ttf");
    static final Font DEVANAGARI_BOLD = load("NotoSansDevanagari-Bold.ttf");

    /** A stretch of text in one font. */
    record Run(String text, Font font) {
    }

    private CardFonts() {
    }

    /** {@code text} split into runs, each in the font (of {@code size} px) that displays it. */
    static List<Run> runs(String text, boolean bold, float size) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Font font = fontFor(codePoint, bold);
            // spaces and marks shared by both scripts stay in the run they are in, so words shape together
            if (current != null && font != current && isNeutral(codePoint)) {
                font = current;
            }
            if (current != null && font != current) {
                runs.add(new Run(text.substring(start, i), current.deriveFont(size)));
                start = i;
            }
            current = font;
            i += Character.charCount(codePoint);
        }
        if (current != null) {
            runs.add(new Run(text.substring(start), current.deriveFont(size)));
        }
        return runs;
    }

    /** {@code text} with a font attribute per run, for {@link java.awt.font.TextLayout}; {@code text} is not empty. */
    static AttributedString styled(String text, boolean bold, float size) {
        AttributedString styled = new AttributedString(text);
        int at = 0;
        for (Run run : runs(text, bold, size)) {
            styled.addAttribute(TextAttribute.FONT, run.font(), at, at + run.text().length());
            at += run.text().length();
        }
        return styled;
    }

    private static Font fontFor(int codePoint, boolean bold) {
        return isDevanagari(codePoint) ? (bold ? DEVANAGARI_BOLD : DEVANAGARI) : (bold ? LATIN_BOLD : LATIN);
    }

    /** Devanagari (U+0900–097F), Devanagari Extended (U+A8E0–A8FF). */
    static boolean isDevanagari(int codePoint) {
        return (codePoint >= 0x0900 && codePoint <= 0x097F) || (codePoint >= 0xA8E0 && codePoint <= 0xA8FF);
    }

    /** Both faces have them: spaces, joiners, digits and common punctuation. */
    private static boolean isNeutral(int codePoint) {
        return codePoint == ' ' || codePoint == 0x200C || codePoint == 0x200D
                || (codePoint >= 0x21 && codePoint <= 0x40 && !Character.isLetter(codePoint));
    }

    private static Font load(String file) {
        try (InputStream in = CardFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font fonts/" + file + " is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + file + " is damaged", e);
        }
    }
}
