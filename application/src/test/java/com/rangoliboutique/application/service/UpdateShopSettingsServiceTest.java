package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.settings.ShopSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UpdateShopSettingsServiceTest {

    private static final long ADMIN = 42L;

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final UpdateShopSettingsService service =
            new UpdateShopSettingsService(db.settings(), db.auditLog(), db.transactions());

    @Test
    void aNewRateIsStoredTheNumberKeptAndTheChangeAuditedFromAndTo() {
        ShopSettings after = service.changeUsdFxRate(ADMIN, new BigDecimal("84.5"));

        assertEquals(new ShopSettings(new BigDecimal("84.5"), ShopSettings.DEFAULTS.whatsappNumber()), after);
        assertEquals(after, db.settings().load());
        AuditEntry entry = db.auditLog().latest(1).get(0);
        assertEquals(AuditAction.SET_RATE, entry.action());
        assertNull(entry.productId());
        assertEquals(Map.of("from", "83.00", "to", "84.5"), entry.payload());
    }

    @Test
    void aNewWhatsappNumberIsStoredAsDigitsAndAudited() {
        ShopSettings after = service.changeWhatsappNumber(ADMIN, "+44 7700 900123");

        assertEquals("447700900123", after.whatsappNumber());
        assertEquals(ShopSettings.DEFAULTS.usdFxRate(), db.settings().load().usdFxRate());
        assertEquals("447700900123", db.settings().load().whatsappNumber());
        assertEquals(Map.of("from", "919876543210", "to", "447700900123"), db.auditLog().latest(1).get(0).payload());
    }

    @Test
    void aRateBelowZeroIsRefusedInTheOwnersWordsAndChangesNothing() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> service.changeUsdFxRate(ADMIN, new BigDecimal("-1")));

        assertEquals("The exchange rate must be more than 0 — send the rupees for one US dollar, like /setrate 84.5.",
                refused.getMessage());
        assertEquals(ShopSettings.DEFAULTS, db.settings().load());
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void aNumberWithoutCountryCodeIsRefusedAndChangesNothing() {
        assertThrows(InvalidValueException.class, () -> service.changeWhatsappNumber(ADMIN, "98765 43210"));

        assertEquals(ShopSettings.DEFAULTS, db.settings().load());
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void theSettingAndItsAuditEntryAreOneTransaction() {
        db.failNextCommit(new IllegalStateException("connection lost at COMMIT"));

        assertThrows(IllegalStateException.class, () -> service.changeUsdFxRate(ADMIN, new BigDecimal("90")));

        assertEquals(ShopSettings.DEFAULTS, db.settings().load());
        assertEquals(List.of(), db.auditLog().latest(10));
    }
}
