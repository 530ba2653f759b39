package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.service.ChangeProductStatusService;
import com.rangoliboutique.application.service.SeedShopIdentityService;
import com.rangoliboutique.application.service.UpdateShopSettingsService;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.IllegalTransitionException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The application's use cases on the real adapters: state changes, audit entries and all-or-nothing transactions. */
class StatusAndSettingsUseCasesIT extends DatabaseIT {

    private static final long OWNER = 42L;

    @Inject
    Products products;
    @Inject
    AuditLog auditLog;
    @Inject
    Settings settings;
    @Inject
    Transactions transactions;
    @Inject
    com.rangoliboutique.application.port.out.Promotions promotions;

    private ChangeProductStatusService status;
    private UpdateShopSettingsService shopSettings;

    @BeforeEach
    void services() {
        status = new ChangeProductStatusService(products, auditLog, transactions, promotions);
        shopSettings = new UpdateShopSettingsService(settings, auditLog, transactions, promotions);
    }

    @Test
    void soldOutThenUnhideThenHideIsStoredAndAudited() {
        Product product = publishedProduct();

        status.change(new ChangeProductStatusCommand(OWNER, product.dressId(), ProductAction.MARK_SOLD_OUT));
        assertEquals(ProductStatus.SOLD_OUT, products.byId(product.id()).orElseThrow().status());
        status.change(new ChangeProductStatusCommand(OWNER, product.dressId(), ProductAction.UNHIDE));
        Product hidden = status.change(new ChangeProductStatusCommand(OWNER, product.dressId(), ProductAction.HIDE));

        assertEquals(ProductStatus.HIDDEN, hidden.status());
        assertEquals(ProductStatus.HIDDEN, products.byId(product.id()).orElseThrow().status());
        List<AuditEntry> trail = auditLog.ofProduct(product.id());
        assertEquals(List.of(AuditAction.SOLD_OUT, AuditAction.UNHIDE, AuditAction.HIDE),
                trail.stream().map(AuditEntry::action).toList());
        assertEquals("SOLD_OUT", trail.get(0).payload().get("to"));
        assertEquals(OWNER, trail.get(0).adminId());
    }

    @Test
    void refusedMoveExplainsItselfAndChangesNothing() {
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () ->
                status.change(new ChangeProductStatusCommand(OWNER, draft.dressId(), ProductAction.HIDE)));

        assertEquals(draft.dressId() + " is still a draft — approve it first.", refused.getMessage());
        assertEquals(ProductStatus.DRAFT, products.byId(draft.id()).orElseThrow().status());
        assertEquals(List.of(), auditLog.ofProduct(draft.id()));
    }

    @Test
    void unknownDressIdIsRefusedInPlainWords() {
        DomainException refused = assertThrows(DomainException.class, () ->
                status.change(new ChangeProductStatusCommand(OWNER, new DressId(9999), ProductAction.HIDE)));
        assertEquals("There is no product D-9999.", refused.getMessage());
    }

    @Test
    void aFailureInsideTheTransactionLeavesNothingHalfSaved() {
        Product product = publishedProduct();

        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            Product p = products.byId(product.id()).orElseThrow();
            p.hide();
            products.update(p);
            auditLog.record(AuditEntry.of(OWNER, AuditAction.HIDE, p.id(), null));
            throw new IllegalStateException("the lights went out");
        }));

        assertEquals(ProductStatus.PUBLISHED, products.byId(product.id()).orElseThrow().status());
        assertEquals(List.of(), auditLog.ofProduct(product.id()));
    }

    @Test
    void settingsChangesAreStoredAndAudited() {
        shopSettings.changeUsdFxRate(OWNER, new BigDecimal("84.5"));
        shopSettings.changeWhatsappNumber(OWNER, "447700900123");

        assertEquals(new BigDecimal("84.5"), settings.load().usdFxRate());
        assertEquals("447700900123", settings.load().whatsappNumber());
        List<AuditEntry> latest = auditLog.latest(2);
        assertEquals(AuditAction.SET_WHATSAPP, latest.get(0).action());
        assertEquals("919876543210", latest.get(0).payload().get("from"));
        assertEquals(AuditAction.SET_RATE, latest.get(1).action());
        assertEquals("84.5", latest.get(1).payload().get("to"));
    }

    @Test
    void theIdentityIsSeededOnceAndTheOwnersNamesAreStoredAndAudited() {
        SeedShopIdentityService seed = new SeedShopIdentityService(settings, transactions);
        seed.seedIfAbsent(new ShopIdentity("Meera's Sarees", "Meera", "Silk from Kanchipuram"));

        shopSettings.changeShopName(OWNER, "Lakshmi & Co.");
        shopSettings.changeOwnerName(OWNER, "लक्ष्मी");
        ShopSettings restarted = seed.seedIfAbsent(ShopIdentity.DEFAULTS);

        assertEquals(new ShopIdentity("Lakshmi & Co.", "लक्ष्मी", "Silk from Kanchipuram"), restarted.identity());
        assertEquals(restarted, settings.load());
        List<AuditEntry> latest = auditLog.latest(5);
        assertEquals(List.of(AuditAction.SET_OWNER_NAME, AuditAction.SET_SHOP_NAME),
                latest.stream().map(AuditEntry::action).toList());
        assertEquals("Meera", latest.get(0).payload().get("from"));
        assertEquals("लक्ष्मी", latest.get(0).payload().get("to"));
        assertThrows(DomainException.class, () -> shopSettings.changeTagline(OWNER, "x".repeat(121)));
        assertEquals("Silk from Kanchipuram", settings.load().identity().tagline());
    }

    private Product publishedProduct() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        product.publish();
        products.update(product);
        return product;
    }
}
