package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.product.Product;

/** Finding the draft a button is about, with the one refusal for an id that is not there. */
final class Drafts {

    private final Products products;

    Drafts(Products products) {
        this.products = products;
    }

    Product find(long productId) {
        return products.byId(productId).orElseThrow(() -> unknown(productId));
    }

    /** Inside a transaction: the product's row stays locked until it ends. */
    Product lock(long productId) {
        return products.byIdForUpdate(productId).orElseThrow(() -> unknown(productId));
    }

    private static InvalidValueException unknown(long productId) {
        return new InvalidValueException("There is no product with id " + productId + " — it may have been discarded.");
    }
}
