package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ProductStatsUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Map;

public final class ProductStatsService implements ProductStatsUseCase {

    private final Products products;

    public ProductStatsService(Products products) {
        this.products = products;
    }

    @Override
    public Map<ProductStatus, Long> countByStatus() {
        return products.countByStatus();
    }
}
