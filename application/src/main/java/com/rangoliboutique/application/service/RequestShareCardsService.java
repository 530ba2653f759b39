package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.RequestShareCardsUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Optional;

/** Writes a SHARE_CARDS row for a piece on sale; the worker's promotion loop sends the cards. */
public final class RequestShareCardsService implements RequestShareCardsUseCase {

    private final Products products;
    private final Promotions promotions;

    public RequestShareCardsService(Products products, Promotions promotions) {
        this.products = products;
        this.promotions = promotions;
    }

    @Override
    public Requested request(long chatId, long productId) {
        Optional<Product> product = products.byId(productId);
        if (product.isEmpty()) {
            return Requested.GONE;
        }
        if (product.get().status() != ProductStatus.PUBLISHED) {
            return Requested.NOT_ON_SALE;
        }
        promotions.shareCards(chatId, productId);
        return Requested.QUEUED;
    }
}
