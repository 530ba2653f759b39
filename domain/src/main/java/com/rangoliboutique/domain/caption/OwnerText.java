package com.rangoliboutique.domain.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Characters the owner cannot have meant to send: control characters (NUL, BEL, ESC…) other than tab and line
 * breaks, half of a surrogate pair, and the byte-order mark U+FEFF. They are invisible in the chat, PostgreSQL refuses
 * NUL, and a stray U+FEFF before "Title:" would make that line unreadable to the caption parser.
 * <p>
 * Line breaks are the ones the caption reads as such ({@code \R}: CR, LF, VT, FF, NEL, U+2028, U+2029): they end a line
 * and never reach a stored value. Format characters that shape text stay allowed: the zero-width joiner of emoji and
 * Indic conjuncts, ZWNJ, direction marks, the soft hyphen.
 */
public final class OwnerText {

    private static final Set<Integer> LINE_BREAKS = Set.of(0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029);
    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final int SHOWN_PER_KIND = 3;

    private enum Kind {
        CONTROL("an invisible control character", "invisible control characters"),
        BROKEN("a broken character", "broken characters"),
        BYTE_ORDER_MARK("an invisible byte-order mark", "invisible byte-order marks");

        final String one;
        final String several;

        Kind(String one, String several) {
            this.one = one;
            this.several = several;
        }
    }

    private OwnerText() {
    }

    /** True for a code point that must not be taken from the owner (see the class comment). */
    public static boolean unwanted(int codePoint) {
        return kind(codePoint).isPresent();
    }

    /**
     * What is unwanted in the text, in words for the owner, e.g. "an invisible control character (U+0000)"; empty
     * when the text is clean (or null).
     */
    public static Optional<String> unwantedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Map<Kind, Set<Integer>> found = new TreeMap<>();
        text.codePoints().forEach(c -> kind(c).ifPresent(k -> found.computeIfAbsent(k, any -> new TreeSet<>()).add(c)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        found.forEach((kind, codePoints) -> parts.add((codePoints.size() == 1 ? kind.one : kind.several)
                + " (" + codes(codePoints) + ")"));
        return Optional.of(String.join(" and ", parts));
    }

    /** The text without its unwanted characters. */
    public static String withoutUnwanted(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !unwanted(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /**
     * The refusal of a whole message holding unwanted characters, naming its lines when it has several, e.g. "Line 2
     * of your message holds an invisible control character (U+0000) — delete that line and type it again."
     */
    public static Optional<String> problem(String text) {
        Optional<String> what = unwantedIn(text);
        if (what.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.split("\\R", -1);
        if (lines.length == 1) {
            return Optional.of("Your message holds " + what.get() + " — delete it and type the message again.");
        }
        List<Integer> dirty = IntStream.range(0, lines.length).filter(i -> unwantedIn(lines[i]).isPresent())
                .mapToObj(i -> i + 1).toList();
        String numbers = dirty.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of(dirty.size() == 1
                ? "Line " + numbers + " of your message holds " + what.get() + " — delete that line and type it again."
                : "Lines " + numbers + " of your message hold " + what.get() + " — delete those lines and type them again.");
    }

    private static Optional<Kind> kind(int codePoint) {
        if (codePoint == BYTE_ORDER_MARK) {
            return Optional.of(Kind.BYTE_ORDER_MARK);
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> codePoint == '\t' || LINE_BREAKS.contains(codePoint)
                    ? Optional.empty() : Optional.of(Kind.CONTROL);
            case Character.SURROGATE -> Optional.of(Kind.BROKEN); // only an unpaired one arrives as a code point
            default -> Optional.empty();
        };
    }

    private static String codes(Set<Integer> codePoints) {
        String shown = codePoints.stream().limit(SHOWN_PER_KIND)
                .map(c -> String.format(Locale.ROOT, "U+%04X", c)).collect(Collectors.joining(", "));
        return codePoints.size() > SHOWN_PER_KIND ? shown + ", …" : shown;
    }
}
