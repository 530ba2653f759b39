package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Map;

/** How many products the shop has in each status (the owner's /stats). */
public interface ProductStatsUseCase {

    Map<ProductStatus, Long> countByStatus();
}
