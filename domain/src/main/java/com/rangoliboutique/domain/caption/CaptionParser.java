package com.rangoliboutique.domain.caption;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.Variant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the owner's caption, one {@code Key: value} per line in any order:
 * <pre>
 * Title: Red Banarasi Silk Saree
 * Price: ₹12,500
 * Variants: Size: S, M; Color: Red
 * Description: Pure silk.
 *   Lines after Description continue it.
 * </pre>
 * Every problem found is reported, not just the first. A line holding a character the owner cannot have meant to
 * send (see {@link OwnerText}) is refused by its number and field.
 */
public final class CaptionParser {

    /** An example caption the bot sends to the owner. */
    public static final String TEMPLATE = """
            Title: Red Banarasi Silk Saree
            Price: 12500
            Category: saree, silk
            Tags: wedding, red, banarasi
            Variants: Size: Free Size; Color: Red with Gold Border
            Description: Pure silk with zari border.""";

    public static final int MAX_CATEGORIES = 10;
    public static final int MAX_TAGS = 30;
    public static final int MAX_LABEL_LENGTH = 50;

    private static final String KEYS = "Title, Price, Category, Tags, Variants or Description";
    private static final Pattern BULLET = Pattern.compile("^[•\\-*]\\s*");
    private static final Pattern KEY_LINE = Pattern.compile("(\\p{L}+(?: \\p{L}+)?)\\s*:(.*)");

    private enum Field {
        TITLE("Title", "Title is missing — add a line like: Title: Red Banarasi Silk Saree", "name"),
        PRICE("Price", "Price is missing — add a line like: Price: 12500", "mrp"),
        CATEGORY("Category", null, "categories"),
        TAGS("Tags", null, "tag"),
        VARIANTS("Variants", null, "variant", "options"),
        DESCRIPTION("Description", null, "desc", "details");

        final String label;
        final String missing;
        final Set<String> keys = new HashSet<>();

        Field(String label, String missing, String... synonyms) {
            this.label = label;
            this.missing = missing;
            keys.add(label.toLowerCase(Locale.ROOT));
            keys.addAll(Arrays.asList(synonyms));
        }

        static Optional<Field> byKey(String key) {
            String lower = key.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(field -> field.keys.contains(lower)).findFirst();
        }
    }

    private CaptionParser() {
    }

    /** Title and Price are required; the rest is optional. */
    public static CaptionResult parse(String caption) {
        Reading reading = Reading.of(caption, true);
        if (!reading.problems.isEmpty()) {
            return new CaptionResult.Rejected(reading.problems);
        }
        return new CaptionResult.Parsed(new ProductDetails(reading.title, reading.description, reading.categories,
                reading.tags, reading.price, reading.variants));
    }

    /** Same lines as a caption, every field optional, at least one required. */
    public static EditResult parseEdit(String text) {
        Reading reading = Reading.of(text, false);
        if (reading.problems.isEmpty() && reading.raw.isEmpty()) {
            reading.problems.add(ProductPatch.NOTHING_TO_CHANGE);
        }
        if (!reading.problems.isEmpty()) {
            return new EditResult.Rejected(reading.problems);
        }
        return new EditResult.Parsed(new ProductPatch(Optional.ofNullable(reading.title),
                Optional.ofNullable(reading.description), Optional.ofNullable(reading.categories),
                Optional.ofNullable(reading.tags), Optional.ofNullable(reading.price),
                Optional.ofNullable(reading.variants)));
    }

    /** The raw values by field, then the checked values; a value stays null when absent or wrong. */
    private static final class Reading {
        final Map<Field, String> raw = new EnumMap<>(Field.class);
        final List<String> problems = new ArrayList<>();
        String title;
        Price price;
        List<String> categories;
        List<String> tags;
        List<Variant> variants;
        String description;

        static Reading of(String text, boolean titleAndPriceRequired) {
            Reading reading = new Reading();
            reading.readLines(text == null ? "" : text);
            reading.check(titleAndPriceRequired);
            return reading;
        }

        private void readLines(String text) {
            String[] lines = text.split("\\R", -1);
            boolean inDescription = false;
            for (int i = 0; i < lines.length; i++) {
                // checked before strip(), which would drop the control characters U+001C–U+001F unseen
                Optional<String> unwanted = OwnerText.unwantedIn(lines[i]);
                String line = (unwanted.isEmpty() ? lines[i] : OwnerText.withoutUnwanted(lines[i])).strip();
                if (line.isEmpty()) {
                    if (unwanted.isPresent()) {
                        problems.add(unwantedProblem(i, null, unwanted.get()));
                    }
                    continue;
                }
                Matcher keyLine = KEY_LINE.matcher(BULLET.matcher(line).replaceFirst(""));
                boolean keyShaped = keyLine.matches();
                Optional<Field> field = keyShaped ? Field.byKey(keyLine.group(1)) : Optional.empty();
                String where = "Line " + (i + 1) + ": ";
                if (unwanted.isPresent()) {
                    // the rest of the line is still read without them, so its other problems are found too
                    Field named = field.orElse(inDescription ? Field.DESCRIPTION : null);
                    problems.add(unwantedProblem(i, named, unwanted.get()));
                }
                if (field.isPresent()) {
                    inDescription = put(where, field.get(), keyLine.group(2).strip())
                            && field.get() == Field.DESCRIPTION;
                } else if (inDescription) {
                    raw.merge(Field.DESCRIPTION, line, (before, next) -> before.isEmpty() ? next : before + "\n" + next);
                } else if (keyShaped) {
                    problems.add(where + "I don't know " + Texts.quote(keyLine.group(1))
                            + " — each line should start with " + KEYS + ".");
                } else {
                    problems.add(where + "I don't understand " + Texts.quote(line)
                            + " — each line should start with " + KEYS + ".");
                }
            }
        }

        private static String unwantedProblem(int index, Field field, String what) {
            return "Line " + (index + 1) + (field == null ? "" : " (" + field.label + ")") + " holds " + what
                    + " — delete the line and type it again.";
        }

        /** False when the field was already given; the first value wins. */
        private boolean put(String where, Field field, String value) {
            if (raw.putIfAbsent(field, value) != null) {
                problems.add(where + field.label + " is given twice — keep only one " + field.label + " line.");
                return false;
            }
            return true;
        }

        private void check(boolean titleAndPriceRequired) {
            for (Field field : Field.values()) {
                String value = raw.get(field);
                if (value == null) {
                    if (titleAndPriceRequired && field.missing != null) {
                        problems.add(field.missing);
                    }
                    continue;
                }
                switch (field) {
                    case TITLE -> title = attempt("", () -> ProductDetails.checkTitle(value));
                    case PRICE -> price = value.isEmpty() ? reject(field.missing)
                            : attempt("Price: ", () -> Price.parse(value));
                    case CATEGORY -> categories = labels(field, value, "categories", MAX_CATEGORIES);
                    case TAGS -> tags = labels(field, value, "tags", MAX_TAGS);
                    case VARIANTS -> variants = variants(value);
                    case DESCRIPTION -> description = attempt("", () -> ProductDetails.checkDescription(value));
                }
            }
        }

        private <T> T reject(String problem) {
            problems.add(problem);
            return null;
        }

        private <T> T attempt(String prefix, Supplier<T> check) {
            try {
                return check.get();
            } catch (InvalidValueException e) {
                problems.add(prefix + e.getMessage());
                return null;
            }
        }

        /** Comma-separated, trimmed, lower-cased, without duplicates or empty items. */
        private List<String> labels(Field field, String value, String plural, int limit) {
            Set<String> labels = new LinkedHashSet<>();
            int before = problems.size();
            for (String item : value.split(",")) {
                String label = item.strip().toLowerCase(Locale.ROOT);
                if (Texts.length(label) > MAX_LABEL_LENGTH) {
                    problems.add(field.label + ": " + Texts.quote(label) + " is longer than " + MAX_LABEL_LENGTH
                            + " characters — shorten it.");
                } else if (!label.isEmpty()) {
                    labels.add(label);
                }
            }
            if (labels.size() > limit) {
                problems.add(field.label + ": that's " + labels.size() + " " + plural + " — keep it to " + limit
                        + " or fewer.");
            }
            return problems.size() == before ? List.copyOf(labels) : null;
        }

        /** {@code Size: S, M; Color: Red} — groups split by ";", each a type and its values. */
        private List<Variant> variants(String value) {
            List<Variant> result = new ArrayList<>();
            Set<List<String>> seen = new HashSet<>();
            int before = problems.size();
            for (String group : value.split(";")) {
                if (group.isBlank()) {
                    continue;
                }
                int colon = group.indexOf(':');
                String type = colon < 0 ? "" : capitalised(group.substring(0, colon).strip());
                String values = group.substring(colon + 1).strip();
                if (type.isEmpty()) {
                    problems.add("Variants: " + Texts.quote(values) + " needs a type, like Color: Red");
                    continue;
                }
                if (values.replace(",", "").isBlank()) {
                    problems.add("Variants: " + type + " needs a value, like " + type + ": Free Size");
                    continue;
                }
                for (String item : values.split(",")) {
                    if (!item.isBlank() && seen.add(List.of(type, item.strip()))) {
                        Variant variant = attempt("Variants: ", () -> new Variant(type, item, result.size()));
                        if (variant != null) {
                            result.add(variant);
                        }
                    }
                }
            }
            return problems.size() == before ? result : null;
        }

        private static String capitalised(String type) {
            if (type.isEmpty()) {
                return type;
            }
            int first = type.offsetByCodePoints(0, 1);
            return type.substring(0, first).toUpperCase(Locale.ROOT) + type.substring(first).toLowerCase(Locale.ROOT);
        }
    }
}
