package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What every {@link AuditLog} promises, against the in-memory fake and the PostgreSQL adapter. */
public interface AuditLogContract {

    AuditLog auditLog();

    Products products();

    private Product aDraft() {
        return products().add(Product.draft(products().nextDressId(), TestProducts.details(), 1L));
    }

    private static List<AuditAction> actions(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::action).toList();
    }

    @Test
    default void entriesOfAProductAreOldestFirstWithWhoAndWhatAndWhen() {
        Product product = aDraft();
        Product other = aDraft();
        auditLog().record(AuditEntry.of(42L, AuditAction.CREATE_DRAFT, product.id(),
                Map.of("dress_id", product.dressId().value(), "title", "Red \"Banarasi\" साड़ी")));
        auditLog().record(AuditEntry.of(43L, AuditAction.EDIT, other.id(), Map.of("fields", "price")));
        auditLog().record(AuditEntry.of(42L, AuditAction.HIDE, product.id(), Map.of("from", "PUBLISHED")));

        List<AuditEntry> entries = auditLog().ofProduct(product.id());

        assertEquals(List.of(AuditAction.CREATE_DRAFT, AuditAction.HIDE), actions(entries));
        assertEquals(42L, entries.get(0).adminId());
        assertEquals(Map.of("dress_id", product.dressId().value(), "title", "Red \"Banarasi\" साड़ी"),
                entries.get(0).payload());
        assertNotNull(entries.get(0).createdAt());
    }

    @Test
    default void latestIsNewestFirstAndAtMostTheLimit() {
        Product product = aDraft();
        auditLog().record(AuditEntry.of(42L, AuditAction.CREATE_DRAFT, product.id(), Map.of()));
        auditLog().record(AuditEntry.of(42L, AuditAction.HIDE, product.id(), Map.of()));
        auditLog().record(AuditEntry.of(43L, AuditAction.SET_RATE, null, Map.of("to", "84.5")));

        List<AuditEntry> latest = auditLog().latest(2);

        assertEquals(List.of(AuditAction.SET_RATE, AuditAction.HIDE), actions(latest));
        assertNull(latest.get(0).productId());
        assertEquals(List.of(), auditLog().latest(0));
    }

    @Test
    default void deletingTheProductKeepsItsEntriesWithoutAProduct() {
        Product product = aDraft();
        auditLog().record(AuditEntry.of(42L, AuditAction.DISCARD, product.id(), Map.of("dress_id", "x")));

        products().delete(product.id());

        assertEquals(List.of(), auditLog().ofProduct(product.id()));
        AuditEntry kept = auditLog().latest(1).get(0);
        assertEquals(AuditAction.DISCARD, kept.action());
        assertNull(kept.productId());
    }

    @Test
    default void anEntryAboutAProductNeverStoredIsRefused() {
        assertThrows(RuntimeException.class,
                () -> auditLog().record(AuditEntry.of(42L, AuditAction.HIDE, 424_242L, Map.of())));
        assertEquals(List.of(), auditLog().latest(10));
    }
}
