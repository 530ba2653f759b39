package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EditProductServiceTest {

    private static final long ADMIN = 42L;

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final EditProductService service = new EditProductService(db.products(), db.auditLog(), db.transactions(),
            db.promotions());

    private Product stored(ProductStatus status) {
        return db.products().add(TestProducts.aSaree().id(null).status(status).build());
    }

    @Test
    void onlyTheFieldsInThePatchChange() {
        Product product = stored(ProductStatus.PUBLISHED);

        service.edit(ADMIN, product.dressId(),
                ProductPatch.empty().withTitle("Blue Silk Saree").withPrice(Price.ofRupees(13_500)));

        Product read = db.products().byId(product.id()).orElseThrow();
        assertEquals("Blue Silk Saree", read.title());
        assertEquals(Price.ofRupees(13_500), read.price());
        assertEquals(TestProducts.details().description(), read.description());
        assertEquals(TestProducts.details().categories(), read.categories());
        assertEquals(TestProducts.details().variants(), read.variants());
        assertEquals(ProductStatus.PUBLISHED, read.status());
    }

    @Test
    void aPriceAtOrBelowTheSalePriceInForceIsRefusedAndNothingIsStoredOrAudited() {
        Product product = db.products().add(TestProducts.aSaree().id(null).status(ProductStatus.PUBLISHED)
                .salePrice(Price.ofRupees(9_999)).build());

        var refused = assertThrows(com.rangoliboutique.domain.product.SalePriceRefusedException.class,
                () -> service.edit(ADMIN, product.dressId(), ProductPatch.empty().withPrice(Price.ofRupees(9_999))));

        assertEquals(com.rangoliboutique.domain.product.SalePriceRefusedException.Reason.PRICE_NOT_ABOVE_SALE,
                refused.reason());
        Product read = db.products().byId(product.id()).orElseThrow();
        assertEquals(Price.ofRupees(12_500), read.price());
        assertEquals(java.util.Optional.of(Price.ofRupees(9_999)), read.salePrice());
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void theAuditEntryNamesTheChangedFieldsInAlphabeticalOrder() {
        Product product = stored(ProductStatus.DRAFT);

        service.edit(ADMIN, product.dressId(),
                ProductPatch.empty().withTitle("Blue Silk Saree").withPrice(Price.ofRupees(13_500)));

        AuditEntry entry = db.auditLog().ofProduct(product.id()).get(0);
        assertEquals(AuditAction.EDIT, entry.action());
        assertEquals(ADMIN, entry.adminId());
        assertEquals(Map.of("fields", "price,title"), entry.payload());
    }

    @Test
    void aSoldOutProductCanStillBeEdited() {
        Product product = stored(ProductStatus.SOLD_OUT);

        Product edited = service.edit(ADMIN, product.dressId(), ProductPatch.empty().withTitle("Archive: saree"));

        assertEquals("Archive: saree", edited.title());
        assertEquals("Archive: saree", db.products().byId(product.id()).orElseThrow().title());
    }

    @Test
    void anEmptyPatchIsRefusedWithAnExampleAndAuditsNothing() {
        Product product = stored(ProductStatus.DRAFT);

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> service.edit(ADMIN, product.dressId(), ProductPatch.empty()));

        assertEquals("Nothing to change — send one or more lines like: Price: 13500", refused.getMessage());
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void anUnknownDressIdIsRefusedInTheOwnersWords() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> service.edit(ADMIN, new DressId(9999), ProductPatch.empty().withTitle("x")));

        assertEquals("There is no product D-9999.", refused.getMessage());
    }

    @Test
    void theEditAndItsAuditEntryAreOneTransaction() {
        Product product = stored(ProductStatus.DRAFT);
        db.failNextCommit(new IllegalStateException("connection lost at COMMIT"));

        assertThrows(IllegalStateException.class,
                () -> service.edit(ADMIN, product.dressId(), ProductPatch.empty().withTitle("Blue Silk Saree")));

        assertEquals(TestProducts.details().title(), db.products().byId(product.id()).orElseThrow().title());
        assertEquals(List.of(), db.auditLog().latest(10));
    }
}
