package com.rangoliboutique.adapter.out.cards;

import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text set in lines no wider than a width: wrapped at word breaks, and the last line shortened with "…". */
final class TextLines {

    static final String ELLIPSIS = "…";

    /** One set line: its text and its shaped layout. */
    record Line(String text, TextLayout layout) {

        float width() {
            return layout.getVisibleAdvance();
        }
    }

    private final FontRenderContext frc;

    TextLines(FontRenderContext frc) {
        this.frc = frc;
    }

    /** At most {@code maxLines} lines of {@code text}; when it does not fit, the last one ends in "…". */
    List<Line> wrap(String text, boolean bold, float size, float width, int maxLines) {
        String clean = text.strip().replaceAll("\\s+", " ");
        List<Line> lines = new ArrayList<>();
        if (clean.isEmpty()) {
            return lines;
        }
        AttributedCharacterIterator chars = CardFonts.styled(clean, bold, size).getIterator();
        LineBreakMeasurer measurer = new LineBreakMeasurer(chars, BreakIterator.getLineInstance(Locale.ROOT), frc);
        while (measurer.getPosition() < clean.length()) {
            int start = measurer.getPosition();
            measurer.nextLayout(width);
            String piece = clean.substring(start, measurer.getPosition()).strip();
            if (lines.size() == maxLines - 1 && measurer.getPosition() < clean.length()) {
                lines.add(shortened(clean.substring(start).strip(), bold, size, width));
                return lines;
            }
            if (!piece.isEmpty()) {
                lines.add(line(piece, bold, size));
            }
        }
        return lines;
    }

    /** {@code text} on one line: as it is when it fits, else cut after a word (inside a word only when that keeps far more) and ended with "…". */
    Line shortened(String text, boolean bold, float size, float width) {
        Line whole = line(text, bold, size);
        if (whole.width() <= width) {
            return whole;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = characters.last();
        while (end != BreakIterator.DONE && end > 0) {
            end = characters.preceding(end);
            if (end <= 0) {
                break;
            }
            Line line = line(ended(text.substring(0, end)), bold, size);
            if (line.width() <= width) {
                int space = text.lastIndexOf(' ', end);   // a whole word rather than a cut one, unless it costs much
                return space > end * 0.7 ? line(ended(text.substring(0, space)), bold, size) : line;
            }
        }
        return line(ELLIPSIS, bold, size);
    }

    private static String ended(String text) {
        return text.replaceAll("[\\s,;:.\\-–—]+$", "") + ELLIPSIS;
    }

    /** One line of {@code text} at the largest size from {@code size} down to {@code minSize} that fits, else shortened. */
    Line fitted(String text, boolean bold, float size, float minSize, float width) {
        for (float s = size; s >= minSize; s -= 2) {
            Line line = line(text, bold, s);
            if (line.width() <= width) {
                return line;
            }
        }
        return shortened(text, bold, minSize, width);
    }

    Line line(String text, boolean bold, float size) {
        return new Line(text, new TextLayout(CardFonts.styled(text, bold, size).getIterator(), frc));
    }
}
