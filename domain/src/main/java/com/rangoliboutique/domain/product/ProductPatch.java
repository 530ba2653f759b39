package com.rangoliboutique.domain.product;

import java.util.List;
import java.util.Optional;

/** The fields an owner wants to change; absent fields stay as they are. */
public record ProductPatch(Optional<String> title, Optional<String> description, Optional<List<String>> categories,
                           Optional<List<String>> tags, Optional<Price> price, Optional<List<Variant>> variants) {

    /** The refusal of an edit that changes nothing. */
    public static final String NOTHING_TO_CHANGE = "Nothing to change — send one or more lines like: Price: 13500";

    private static final ProductPatch EMPTY = new ProductPatch(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ProductPatch {
        title = orEmpty(title);
        description = orEmpty(description);
        categories = orEmpty(categories).map(List::copyOf);
        tags = orEmpty(tags).map(List::copyOf);
        price = orEmpty(price);
        variants = orEmpty(variants).map(List::copyOf);
    }

    public static ProductPatch empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public ProductPatch withTitle(String newTitle) {
        return new ProductPatch(Optional.of(newTitle), description, categories, tags, price, variants);
    }

    public ProductPatch withDescription(String newDescription) {
        return new ProductPatch(title, Optional.of(newDescription), categories, tags, price, variants);
    }

    public ProductPatch withCategories(List<String> newCategories) {
        return new ProductPatch(title, description, Optional.of(newCategories), tags, price, variants);
    }

    public ProductPatch withTags(List<String> newTags) {
        return new ProductPatch(title, description, categories, Optional.of(newTags), price, variants);
    }

    public ProductPatch withPrice(Price newPrice) {
        return new ProductPatch(title, description, categories, tags, Optional.of(newPrice), variants);
    }

    public ProductPatch withVariants(List<Variant> newVariants) {
        return new ProductPatch(title, description, categories, tags, price, Optional.of(newVariants));
    }

    /** The details with the present fields replaced; validated like any {@link ProductDetails}. */
    public ProductDetails applyTo(ProductDetails details) {
        return new ProductDetails(
                title.orElse(details.title()),
                description.orElse(details.description()),
                categories.orElse(details.categories()),
                tags.orElse(details.tags()),
                price.orElse(details.price()),
                variants.orElse(details.variants()));
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
