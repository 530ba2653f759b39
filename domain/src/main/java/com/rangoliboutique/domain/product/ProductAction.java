package com.rangoliboutique.domain.product;

/**
 * What the owner can do to a product; {@link ProductStatus} decides whether it is allowed. {@code CHANGE_SALE_PRICE}
 * (setting or ending a sale price) keeps the status.
 */
public enum ProductAction {
    PUBLISH, PUBLISH_ORIGINAL_ONLY, HIDE, UNHIDE, MARK_SOLD_OUT, DISCARD, REGENERATE, CHANGE_SALE_PRICE
}
