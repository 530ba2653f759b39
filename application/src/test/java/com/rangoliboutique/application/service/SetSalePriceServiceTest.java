package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.NoSuchProductException;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.SalePriceRefusedException;
import com.rangoliboutique.domain.product.SalePriceRefusedException.Reason;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SetSalePriceServiceTest {

    private static final long ADMIN = 42L;

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final SetSalePriceService service = new SetSalePriceService(db.products(), db.auditLog(),
            db.transactions(), db.promotions());

    private Product stored(ProductStatus status) {
        return db.products().add(TestProducts.aSaree().id(null).status(status).build());
    }

    private Optional<Price> salePriceOf(Product product) {
        return db.products().byId(product.id()).orElseThrow().salePrice();
    }

    private List<AuditEntry> audited(Product product) {
        return db.auditLog().ofProduct(product.id()).stream()
                .map(e -> new AuditEntry(e.adminId(), e.action(), e.productId(), e.payload(), null)).toList();
    }

    @Test
    void aSalePriceBelowThePriceIsStoredAndAuditedWithBothPrices() {
        Product product = stored(ProductStatus.PUBLISHED);

        Product changed = service.setSalePrice(SetSalePriceCommand.putOnSale(ADMIN, product.dressId(),
                Price.ofRupees(9_999)));

        assertEquals(Optional.of(Price.ofRupees(9_999)), changed.salePrice());
        assertEquals(Optional.of(Price.ofRupees(9_999)), salePriceOf(product));
        assertEquals(List.of(new AuditEntry(ADMIN, AuditAction.SET_SALE_PRICE, product.id(), Map.of(
                "dress_id", "D-1042", "price_paise", 1_250_000L, "sale_price_paise", 999_900L), null)),
                audited(product));
    }

    @Test
    void endingTheSaleClearsItAndAuditsThePriceItHad() {
        Product product = stored(ProductStatus.SOLD_OUT);
        service.setSalePrice(SetSalePriceCommand.putOnSale(ADMIN, product.dressId(), Price.ofRupees(9_999)));

        service.setSalePrice(SetSalePriceCommand.endSale(ADMIN, product.dressId()));

        assertEquals(Optional.empty(), salePriceOf(product));
        assertEquals(new AuditEntry(ADMIN, AuditAction.END_SALE, product.id(), Map.of(
                "dress_id", "D-1042", "price_paise", 1_250_000L, "previous_sale_price_paise", 999_900L), null),
                audited(product).get(1));
    }

    @Test
    void refusalsChangeNothingAndAuditNothing() {
        Product published = stored(ProductStatus.PUBLISHED);
        Product draft = db.products().add(TestProducts.aSaree().id(null).withDressId(1043).build());

        assertEquals(Reason.NOT_BELOW_PRICE, assertThrows(SalePriceRefusedException.class,
                () -> service.setSalePrice(SetSalePriceCommand.putOnSale(ADMIN, published.dressId(),
                        Price.ofRupees(12_500)))).reason());
        assertEquals(Reason.DRAFT, assertThrows(SalePriceRefusedException.class,
                () -> service.setSalePrice(SetSalePriceCommand.putOnSale(ADMIN, draft.dressId(),
                        Price.ofRupees(9_999)))).reason());
        assertEquals(Reason.NOT_ON_SALE, assertThrows(SalePriceRefusedException.class,
                () -> service.setSalePrice(SetSalePriceCommand.endSale(ADMIN, published.dressId()))).reason());

        assertEquals(Optional.empty(), salePriceOf(published));
        assertEquals(Optional.empty(), salePriceOf(draft));
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void anUnknownDressIdIsRefusedInTheOwnersWords() {
        assertEquals("There is no product D-9999.", assertThrows(NoSuchProductException.class,
                () -> service.setSalePrice(SetSalePriceCommand.putOnSale(ADMIN, new DressId(9999),
                        Price.ofRupees(100)))).getMessage());
    }

    @Test
    void theSalePriceAndItsAuditEntryAreOneTransaction() {
        Product product = stored(ProductStatus.PUBLISHED);
        IllegalStateException commitFailed = new IllegalStateException("connection lost at COMMIT");
        db.failNextCommit(commitFailed);

        assertSame(commitFailed, assertThrows(RuntimeException.class, () -> service.setSalePrice(
                SetSalePriceCommand.putOnSale(ADMIN, product.dressId(), Price.ofRupees(9_999)))));

        assertEquals(Optional.empty(), salePriceOf(product));
        assertEquals(List.of(), db.auditLog().latest(10));
    }
}
