package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductStatsServiceTest {

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final ProductStatsService service = new ProductStatsService(db.products());

    private void stored(ProductStatus status, int dressNumber) {
        db.products().add(TestProducts.aSaree().id(null).withDressId(dressNumber).status(status).build());
    }

    @Test
    void everyStatusIsCountedWithZeroForNone() {
        stored(ProductStatus.DRAFT, 1001);
        stored(ProductStatus.PUBLISHED, 1002);
        stored(ProductStatus.PUBLISHED, 1003);
        stored(ProductStatus.SOLD_OUT, 1004);

        assertEquals(Map.of(ProductStatus.DRAFT, 1L, ProductStatus.PUBLISHED, 2L, ProductStatus.HIDDEN, 0L,
                ProductStatus.SOLD_OUT, 1L), service.countByStatus());
    }

    @Test
    void anEmptyShopCountsZeroInEveryStatus() {
        assertEquals(Map.of(ProductStatus.DRAFT, 0L, ProductStatus.PUBLISHED, 0L, ProductStatus.HIDDEN, 0L,
                ProductStatus.SOLD_OUT, 0L), service.countByStatus());
    }
}
