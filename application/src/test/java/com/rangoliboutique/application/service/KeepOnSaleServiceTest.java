package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.KeepOnSaleUseCase.Kept;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.NoSuchProductException;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KeepOnSaleServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-10T20:00:00Z"); // 01:30 on the 11th in Kolkata

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryDatabase db = new InMemoryDatabase(clock);
    private final KeepOnSaleService service = new KeepOnSaleService(db.products(), db.stockAlertSilences(),
            db.auditLog(), db.transactions(), clock, ZoneId.of("Asia/Kolkata"));

    @Test
    void keepSilencesThePieceForThirtyDaysAndIsAudited() {
        Product p = db.products().add(Product.draft(db.products().nextDressId(), TestProducts.details(), 1L));
        p.publish();
        db.products().update(p);
        db.backdate(p.id(), NOW.minus(Duration.ofDays(41)), NOW.minus(Duration.ofDays(40)));

        Kept kept = service.keep(42L, p.dressId());

        assertEquals(new Kept(p.dressId(), LocalDate.of(2027, 1, 10)), kept);
        assertEquals(NOW.plus(Duration.ofDays(30)),
                db.stockReads().publishedBefore(NOW, LocalDate.of(2026, 12, 1)).get(0).silentUntil());
        AuditEntry entry = db.auditLog().ofProduct(p.id()).get(0);
        assertEquals(AuditAction.KEEP_ON_SALE, entry.action());
        assertEquals(42L, entry.adminId());
        assertEquals(p.dressId().value(), entry.payload().get("dress_id"));
    }

    @Test
    void anUnknownPieceIsRefusedAndNothingIsKept() {
        assertThrows(NoSuchProductException.class, () -> service.keep(42L, DressId.of(9999)));
        assertEquals(List.of(), db.auditLog().latest(10));
    }
}
