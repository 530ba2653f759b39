package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;

import java.util.List;

/** What the owner tells about a dress: everything but its identity and status. */
public record ProductDetails(String title, String description, List<String> categories, List<String> tags,
                             Price price, List<Variant> variants) {

    public static final int MAX_TITLE_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    public ProductDetails {
        title = checkTitle(title);
        description = checkDescription(description);
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (price == null) {
            throw new InvalidValueException("The price is missing — write it in rupees, like 12500 or ₹12,500.");
        }
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** The title trimmed, or an {@link InvalidValueException} saying what is wrong with it. */
    public static String checkTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("Title is empty — write a short name, like Red Banarasi Silk Saree.");
        }
        return checkLength("Title", trimmed, MAX_TITLE_LENGTH);
    }

    /** The description trimmed ({@code null} becomes empty), or an {@link InvalidValueException} if too long. */
    public static String checkDescription(String description) {
        return checkLength("Description", description == null ? "" : description.strip(), MAX_DESCRIPTION_LENGTH);
    }

    private static String checkLength(String field, String text, int limit) {
        int length = Texts.length(text);
        if (length > limit) {
            throw new InvalidValueException(field + " is " + length + " characters long — keep it to "
                    + limit + " or fewer.");
        }
        return text;
    }
}
