package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;
import com.rangoliboutique.domain.product.Price;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a buyer asked the catalog for, read from the URL's parameters ({@code /?category=saree&max=20000&page=2}).
 * Unknown parameters are ignored (ad trackers add their own); a known one with a value that makes no sense is refused
 * with a message for the buyer. Blank values mean "any".
 *
 * @param category   one of the products' categories, or null for all
 * @param minRupees  lowest price in whole rupees, or null
 * @param maxRupees  highest price in whole rupees, or null
 * @param color      a Color variant value, or null
 * @param size       a Size variant value, or null
 * @param newArrivals only pieces published in the last {@link #NEW_ARRIVAL_DAYS} days
 * @param search     words to look for in titles, descriptions and tags, or null
 * @param sort       the order
 * @param page       1-based page number
 */
public record CatalogQuery(String category, Long minRupees, Long maxRupees, String color, String size,
                           boolean newArrivals, String search, CatalogSort sort, int page) {

    public static final int PAGE_SIZE = 24;
    public static final int NEW_ARRIVAL_DAYS = 14;
    public static final Duration NEW_ARRIVAL_PERIOD = Duration.ofDays(NEW_ARRIVAL_DAYS);
    /** Far beyond any real catalog; keeps OFFSET small. */
    public static final int MAX_PAGE = 1000;
    public static final int MAX_TEXT_LENGTH = 100;

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null, null, false, null,
            CatalogSort.NEWEST, 1);

    public CatalogQuery {
        category = blankToNull(category);
        color = blankToNull(color);
        size = blankToNull(size);
        search = blankToNull(search);
        sort = sort == null ? CatalogSort.NEWEST : sort;
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidValueException("There is no page " + page + " — pages start at 1.");
        }
        if (minRupees != null && maxRupees != null && minRupees > maxRupees) {
            throw new InvalidValueException("The lowest price (₹" + minRupees + ") is above the highest (₹" + maxRupees
                    + ") — swap them.");
        }
    }

    /**
     * Reads the query from URL parameters (first value of each). Refuses, with a message a buyer understands, prices
     * that are not whole rupees, page numbers that are not positive whole numbers, unknown sort orders and texts
     * longer than {@link #MAX_TEXT_LENGTH} characters.
     */
    public static CatalogQuery fromParameters(Map<String, String> parameters) {
        Function<String, String> get = name -> text(name, parameters.get(name));
        String sortValue = get.apply("sort");
        CatalogSort sort = CatalogSort.NEWEST;
        if (sortValue != null) {
            sort = CatalogSort.fromParameter(sortValue);
            if (sort == null) {
                throw new InvalidValueException("We cannot sort by " + Texts.quote(sortValue)
                        + " — choose newest, price low to high or price high to low.");
            }
        }
        String newValue = get.apply("new");
        boolean newArrivals = newValue != null && switch (newValue.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "on", "yes" -> true;
            case "0", "false", "off", "no" -> false;
            default -> throw new InvalidValueException(Texts.quote(newValue)
                    + " is not a choice for new arrivals — use new=1.");
        };
        String pageValue = get.apply("page");
        return new CatalogQuery(get.apply("category"), rupees("lowest price", get.apply("min")),
                rupees("highest price", get.apply("max")), get.apply("color"), get.apply("size"), newArrivals,
                get.apply("q"), sort, pageValue == null ? 1 : page(pageValue));
    }

    public boolean filtered() {
        return category != null || minRupees != null || maxRupees != null || color != null || size != null
                || newArrivals || search != null;
    }

    public CatalogQuery withPage(int newPage) {
        return new CatalogQuery(category, minRupees, maxRupees, color, size, newArrivals, search, sort, newPage);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /**
     * The canonical URL query for this selection, without a leading {@code ?}: parameters in a fixed order, defaults
     * left out, so one selection has one URL (and one cache entry). Empty for the plain catalog.
     */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", search);
        add(parts, "category", category);
        add(parts, "min", minRupees == null ? null : minRupees.toString());
        add(parts, "max", maxRupees == null ? null : maxRupees.toString());
        add(parts, "color", color);
        add(parts, "size", size);
        add(parts, "new", newArrivals ? "1" : null);
        add(parts, "sort", sort == CatalogSort.NEWEST ? null : sort.parameter());
        add(parts, "page", page == 1 ? null : Integer.toString(page));
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String text(String name, String value) {
        // control characters (a NUL from a hand-made link) mean nothing in a filter, and PostgreSQL refuses NUL
        String text = blankToNull(value == null ? null : CONTROL.matcher(value).replaceAll(""));
        if (text != null && Texts.length(text) > MAX_TEXT_LENGTH) {
            throw new InvalidValueException("The " + label(name) + " is too long — keep it under " + MAX_TEXT_LENGTH
                    + " characters.");
        }
        return text;
    }

    private static String label(String name) {
        return switch (name) {
            case "q" -> "search";
            case "min" -> "lowest price";
            case "max" -> "highest price";
            case "new" -> "new arrivals choice";
            default -> name;
        };
    }

    private static Long rupees(String what, String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(",", "").replaceFirst("^₹\\s*", "");
        if (!digits.matches("\\d{1,9}")) {
            throw new InvalidValueException("The " + what + " " + Texts.quote(value)
                    + " is not a number of rupees — write it like 5000.");
        }
        long rupees = Long.parseLong(digits);
        return Math.min(rupees, Price.MAX_RUPEES);
    }

    private static int page(String value) {
        if (!value.matches("\\d{1,4}")) {
            throw new InvalidValueException(Texts.quote(value) + " is not a page number — pages are 1, 2, 3…");
        }
        return Integer.parseInt(value);
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
