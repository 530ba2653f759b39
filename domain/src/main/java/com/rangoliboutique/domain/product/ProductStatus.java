package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.IllegalTransitionException;

/** The life of a product, and the one table of moves between its statuses. */
public enum ProductStatus {
    DRAFT, PUBLISHED, HIDDEN, SOLD_OUT;

    /** Either a target status or, when refused, a reason with {@code %s} for the dress ID. */
    private record Move(ProductStatus target, String refusal) {
    }

    private Move move(ProductAction action) {
        return switch (this) {
            case DRAFT -> switch (action) {
                case PUBLISH, PUBLISH_ORIGINAL_ONLY -> to(PUBLISHED);
                case DISCARD -> to(DRAFT); // the caller deletes the product
                case REGENERATE -> to(DRAFT); // a new AI version of the draft
                case HIDE, UNHIDE, MARK_SOLD_OUT -> refused("%s is still a draft — approve it first.");
                case CHANGE_SALE_PRICE -> refused("%s is still a draft — a sale price is for pieces in the catalog;"
                        + " approve it first.");
            };
            case PUBLISHED -> switch (action) {
                case PUBLISH, PUBLISH_ORIGINAL_ONLY -> refused("%s is already published.");
                case HIDE -> to(HIDDEN);
                case UNHIDE -> refused("%s is already visible in the catalog.");
                case MARK_SOLD_OUT -> to(SOLD_OUT);
                case DISCARD -> refused("%s is already published — only drafts and hidden pieces can be discarded;"
                        + " use /hide to take it off the catalog.");
                case REGENERATE -> refused("%s is already published — only drafts can be regenerated.");
                case CHANGE_SALE_PRICE -> to(PUBLISHED);
            };
            case HIDDEN -> switch (action) {
                case PUBLISH, PUBLISH_ORIGINAL_ONLY -> refused("%s is hidden, not a draft — use /unhide to show it again.");
                case HIDE -> refused("%s is already hidden.");
                case UNHIDE -> to(PUBLISHED);
                case MARK_SOLD_OUT -> refused("%s is hidden — unhide it before marking it sold out.");
                case DISCARD -> to(HIDDEN); // off the catalog already: the caller deletes it
                case REGENERATE -> refused("%s is already hidden — only drafts can be regenerated.");
                case CHANGE_SALE_PRICE -> to(HIDDEN); // ready for when it is shown again
            };
            case SOLD_OUT -> switch (action) {
                case PUBLISH, PUBLISH_ORIGINAL_ONLY ->
                        refused("%s is sold out, not a draft — use /unhide to put it back on sale.");
                case HIDE -> to(HIDDEN);
                case UNHIDE -> to(PUBLISHED); // back on sale
                case MARK_SOLD_OUT -> refused("%s is already marked sold out.");
                case DISCARD -> refused("%s is sold out — only drafts and hidden pieces can be discarded;"
                        + " use /hide to take it off the catalog.");
                case REGENERATE -> refused("%s is already sold out — only drafts can be regenerated.");
                case CHANGE_SALE_PRICE -> to(SOLD_OUT); // shown on its page, and ready for when it is back on sale
            };
        };
    }

    /** The status after the action, or an {@link IllegalTransitionException} explaining the refusal to the owner. */
    public ProductStatus after(ProductAction action, DressId id) {
        Move move = move(action);
        if (move.target() == null) {
            throw new IllegalTransitionException(move.refusal().formatted(id));
        }
        return move.target();
    }

    /** Why the table refuses {@code action} here, in the owner's words; empty when it is allowed. */
    public java.util.Optional<String> refusalOf(ProductAction action, DressId id) {
        Move move = move(action);
        return move.target() == null ? java.util.Optional.of(move.refusal().formatted(id)) : java.util.Optional.empty();
    }

    public boolean allows(ProductAction action) {
        return move(action).target() != null;
    }

    public boolean visibleToBuyers() {
        return this == PUBLISHED || this == SOLD_OUT;
    }

    private static Move to(ProductStatus target) {
        return new Move(target, null);
    }

    private static Move refused(String reason) {
        return new Move(null, reason);
    }
}
