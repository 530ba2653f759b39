package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.Variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product's variant options grouped by type ({@code Color → [Red with Gold Border, Green]}), in the owner's order,
 * and which one of each type the buyer picked. A pick that is not one of the product's options (an old link) is
 * ignored.
 */
public final class VariantSelection {

    public static final String NOT_SELECTED = "Not selected";

    private final Map<String, List<String>> options;
    private final Map<String, String> chosen;

    private VariantSelection(Map<String, List<String>> options, Map<String, String> chosen) {
        this.options = options;
        this.chosen = chosen;
    }

    /** @param picks type → value as the buyer sent them (e.g. from {@code ?Color=Red}); may hold anything */
    public static VariantSelection of(List<Variant> variants, Map<String, String> picks) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        variants.stream()
                .sorted(java.util.Comparator.comparingInt(Variant::sortOrder))
                .forEach(v -> grouped.computeIfAbsent(v.type(), t -> new ArrayList<>()).add(v.value()));
        Map<String, String> valid = new LinkedHashMap<>();
        grouped.forEach((type, values) -> {
            String pick = picks.get(type);
            if (pick != null && values.contains(pick)) {
                valid.put(type, pick);
            }
        });
        grouped.replaceAll((type, values) -> List.copyOf(values));
        return new VariantSelection(java.util.Collections.unmodifiableMap(grouped),
                java.util.Collections.unmodifiableMap(valid));
    }

    /** Type → values, in the owner's order. */
    public Map<String, List<String>> options() {
        return options;
    }

    /** The picked value of a type, or null. */
    public String chosen(String type) {
        return chosen.get(type);
    }

    public boolean isEmpty() {
        return options.isEmpty();
    }

    /**
     * The variant line of the WhatsApp message: the picked value alone when the product has one type of option
     * ("Red with Gold Border"), "Type: value" pairs when it has several ("Color: Red, Size: M"), "Not selected" when
     * nothing is picked.
     */
    public String text() {
        if (chosen.isEmpty()) {
            return NOT_SELECTED;
        }
        if (options.size() == 1) {
            return chosen.values().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        chosen.forEach((type, value) -> parts.add(type + ": " + value));
        return String.join(", ", parts);
    }
}
