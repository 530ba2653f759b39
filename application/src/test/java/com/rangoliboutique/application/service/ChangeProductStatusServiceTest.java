package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.IllegalTransitionException;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeProductStatusServiceTest {

    private static final long ADMIN = 42L;

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final ChangeProductStatusService service =
            new ChangeProductStatusService(db.products(), db.auditLog(), db.transactions(), db.promotions());

    private Product stored(ProductStatus status) {
        Product product = db.products().add(TestProducts.aSaree().id(null).status(status).build());
        return product;
    }

    private ProductStatus statusOf(Product product) {
        return db.products().byId(product.id()).orElseThrow().status();
    }

    private Product change(Product product, ProductAction action) {
        return service.change(new ChangeProductStatusCommand(ADMIN, product.dressId(), action));
    }

    @Test
    void hideMovesAPublishedProductToHiddenAndAuditsFromAndTo() {
        Product product = stored(ProductStatus.PUBLISHED);

        Product changed = change(product, ProductAction.HIDE);

        assertEquals(ProductStatus.HIDDEN, changed.status());
        assertEquals(ProductStatus.HIDDEN, statusOf(product));
        assertEquals(List.of(new AuditEntry(ADMIN, AuditAction.HIDE, product.id(),
                        Map.of("dress_id", product.dressId().value(), "from", "PUBLISHED", "to", "HIDDEN"), null)),
                db.auditLog().ofProduct(product.id()).stream()
                        .map(e -> new AuditEntry(e.adminId(), e.action(), e.productId(), e.payload(), null)).toList());
    }

    @Test
    void unhideMovesAHiddenProductBackToPublished() {
        Product product = stored(ProductStatus.HIDDEN);

        change(product, ProductAction.UNHIDE);

        assertEquals(ProductStatus.PUBLISHED, statusOf(product));
        assertEquals(AuditAction.UNHIDE, db.auditLog().ofProduct(product.id()).get(0).action());
    }

    @Test
    void markSoldOutMovesAPublishedProductToSoldOutAuditedAsSoldOut() {
        Product product = stored(ProductStatus.PUBLISHED);

        change(product, ProductAction.MARK_SOLD_OUT);

        assertEquals(ProductStatus.SOLD_OUT, statusOf(product));
        assertEquals(AuditAction.SOLD_OUT, db.auditLog().ofProduct(product.id()).get(0).action());
    }

    @Test
    void aMoveTheStatusTableRefusesChangesNothingAndAuditsNothing() {
        Product draft = stored(ProductStatus.DRAFT);

        assertThrows(IllegalTransitionException.class, () -> change(draft, ProductAction.HIDE));

        assertEquals(ProductStatus.DRAFT, statusOf(draft));
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void anUnknownDressIdIsRefusedInTheOwnersWords() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> service.change(
                new ChangeProductStatusCommand(ADMIN, new DressId(9999), ProductAction.HIDE)));

        assertEquals("There is no product D-9999.", refused.getMessage());
    }

    @Test
    void theStatusAndItsAuditEntryAreOneTransaction() {
        Product product = stored(ProductStatus.PUBLISHED);
        IllegalStateException commitFailed = new IllegalStateException("connection lost at COMMIT");
        db.failNextCommit(commitFailed);

        assertSame(commitFailed, assertThrows(RuntimeException.class, () -> change(product, ProductAction.HIDE)));

        assertEquals(ProductStatus.PUBLISHED, statusOf(product));
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void aStatusChangeAsksTheChannelToCatchUpInTheSameTransactionAndARefusalAsksNothing() {
        Product product = stored(ProductStatus.PUBLISHED);
        Product draft = db.products().add(TestProducts.aSaree().id(null).withDressId(db.products().nextDressId())
                .status(ProductStatus.DRAFT).build());

        change(product, ProductAction.MARK_SOLD_OUT);
        assertThrows(IllegalTransitionException.class, () -> change(draft, ProductAction.HIDE));
        db.failNextCommit(new IllegalStateException("the connection dropped at COMMIT"));
        assertThrows(IllegalStateException.class, () -> change(product, ProductAction.UNHIDE));

        assertEquals(List.of(product.id()), db.promotions().rows().stream()
                .map(com.rangoliboutique.application.port.out.inmemory.InMemoryPromotions.Row::productId).toList());
        assertEquals(com.rangoliboutique.application.port.out.Promotions.Kind.PIECE_CHANGED,
                db.promotions().rows().get(0).kind());
    }
}
