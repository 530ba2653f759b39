package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CheckDraftActionUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;

import java.util.Optional;

/** Asks the domain's status table, before a button acts, whether its action may go ahead. */
public final class CheckDraftActionService implements CheckDraftActionUseCase {

    private final Products products;

    public CheckDraftActionService(Products products) {
        this.products = products;
    }

    @Override
    public Check check(long productId, ProductAction action) {
        Optional<Product> found = products.byId(productId);
        if (found.isEmpty()) {
            return new Check.Gone(products.idEverIssued(productId));
        }
        Product product = found.get();
        Optional<String> refusal = action == null ? Optional.empty()
                : product.status().refusalOf(action, product.dressId());
        return refusal.<Check>map(reason -> new Check.Refused(product, reason))
                .orElseGet(() -> new Check.Allowed(product));
    }
}
