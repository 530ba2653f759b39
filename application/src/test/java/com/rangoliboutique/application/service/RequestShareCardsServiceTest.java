package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.RequestShareCardsUseCase.Requested;
import com.rangoliboutique.application.port.out.Promotions.Kind;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestShareCardsServiceTest {

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final RequestShareCardsService service = new RequestShareCardsService(db.products(), db.promotions());

    @Test
    void aPieceOnSaleGetsItsCardsQueuedForTheChatAndOthersGetNone() {
        Product published = db.products().add(TestProducts.aSaree().id(null).status(ProductStatus.PUBLISHED).build());
        Product hidden = db.products().add(TestProducts.aSaree().id(null).withDressId(db.products().nextDressId())
                .status(ProductStatus.HIDDEN).build());

        assertEquals(Requested.QUEUED, service.request(555L, published.id()));
        assertEquals(Requested.NOT_ON_SALE, service.request(555L, hidden.id()));
        assertEquals(Requested.GONE, service.request(555L, 9_999L));

        assertEquals(List.of(Kind.SHARE_CARDS), db.promotions().rows().stream().map(r -> r.kind()).toList());
        assertEquals(555L, db.promotions().rows().get(0).chatId());
        assertEquals(published.id(), db.promotions().rows().get(0).productId());
    }
}
