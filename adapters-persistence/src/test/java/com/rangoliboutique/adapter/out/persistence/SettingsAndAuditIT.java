package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class SettingsAndAuditIT extends DatabaseIT {

    @Inject
    Settings settings;
    @Inject
    AuditLog auditLog;
    @Inject
    Products products;

    @Test
    void settingsStartWithTheSeed() {
        assertEquals(new ShopSettings(new BigDecimal("83.00"), "919876543210", ShopIdentity.DEFAULTS), settings.load());
    }

    @Test
    void changedSettingsAreReadBack() {
        settings.changeUsdFxRate(new BigDecimal("84.5"));
        settings.changeWhatsappNumber("447700900123");
        assertEquals(new ShopSettings(new BigDecimal("84.5"), "447700900123", ShopIdentity.DEFAULTS), settings.load());
    }

    @Test
    void aMissingSettingFallsBackToTheDefault() throws Exception {
        sql("DELETE FROM settings WHERE key = 'usd_fx_rate'");
        try {
            assertEquals(ShopSettings.DEFAULTS.usdFxRate(), settings.load().usdFxRate());
            settings.changeUsdFxRate(new BigDecimal("90"));
            assertEquals(new BigDecimal("90"), settings.load().usdFxRate());
        } finally {
            sql("INSERT INTO settings (key, value) VALUES ('usd_fx_rate', '83.00') ON CONFLICT (key) DO NOTHING");
        }
    }

    @Test
    void theIdentityIsStoredAsThreeRowsAndSeedingChangesNoStoredRow() throws Exception {
        settings.seedIdentity(new ShopIdentity("Meera's Sarees", "Meera", "Silk from Kanchipuram"));
        settings.changeTagline("Handloom & silk");
        settings.seedIdentity(ShopIdentity.DEFAULTS);

        try (var c = TestInfrastructure.connect(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT key, value FROM settings WHERE key LIKE 'shop%' ORDER BY key")) {
            StringBuilder stored = new StringBuilder();
            while (rows.next()) {
                stored.append(rows.getString(1)).append('=').append(rows.getString(2)).append('\n');
            }
            assertEquals("shop_name=Meera's Sarees\nshop_owner_name=Meera\nshop_tagline=Handloom & silk\n",
                    stored.toString());
        }
    }

    @Test
    void auditEntriesKeepTheirPayloadAndOrder() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        auditLog.record(AuditEntry.of(42L, AuditAction.CREATE_DRAFT, product.id(),
                Map.of("dress_id", product.dressId().value(), "title", "Red \"Banarasi\" साड़ी")));
        auditLog.record(AuditEntry.of(42L, AuditAction.HIDE, product.id(), Map.of("from", "PUBLISHED")));
        auditLog.record(AuditEntry.of(43L, AuditAction.SET_RATE, null, Map.of("to", "84.5")));

        List<AuditEntry> ofProduct = auditLog.ofProduct(product.id());
        assertEquals(List.of(AuditAction.CREATE_DRAFT, AuditAction.HIDE),
                ofProduct.stream().map(AuditEntry::action).toList());
        assertEquals("Red \"Banarasi\" साड़ी", ofProduct.get(0).payload().get("title"));
        assertEquals(42L, ofProduct.get(0).adminId());
        assertNotNull(ofProduct.get(0).createdAt());

        List<AuditEntry> latest = auditLog.latest(2);
        assertEquals(List.of(AuditAction.SET_RATE, AuditAction.HIDE), latest.stream().map(AuditEntry::action).toList());
        assertEquals(null, latest.get(0).productId());
    }
}
