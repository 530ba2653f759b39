package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateShopSettingsServiceTest {

    private static final long ADMIN = 42L;

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final UpdateShopSettingsService service =
            new UpdateShopSettingsService(db.settings(), db.auditLog(), db.transactions(), db.promotions());

    @Test
    void aNewRateIsStoredTheNumberKeptAndTheChangeAuditedFromAndTo() {
        ShopSettings after = service.changeUsdFxRate(ADMIN, new BigDecimal("84.5"));

        assertEquals(ShopSettings.DEFAULTS.withUsdFxRate(new BigDecimal("84.5")), after);
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
    @Test
    void aNewShopNameOwnerNameAndTaglineAreStoredStrippedAndAuditedFromAndTo() {
        service.changeShopName(ADMIN, "  Lakshmi & Co. ");
        service.changeOwnerName(ADMIN, "लक्ष्मी");
        ShopSettings after = service.changeTagline(ADMIN, "Handloom from Jaipur");

        assertEquals(new ShopIdentity("Lakshmi & Co.", "लक्ष्मी", "Handloom from Jaipur"), after.identity());
        assertEquals(after, db.settings().load());
        assertEquals(ShopSettings.DEFAULTS.usdFxRate(), after.usdFxRate());
        List<AuditEntry> entries = db.auditLog().latest(3);
        assertEquals(List.of(AuditAction.SET_TAGLINE, AuditAction.SET_OWNER_NAME, AuditAction.SET_SHOP_NAME),
                entries.stream().map(AuditEntry::action).toList());
        assertEquals(Map.of("from", "Rangoli Boutique", "to", "Lakshmi & Co."), entries.get(2).payload());
        assertEquals(Map.of("from", "Poonam Jain", "to", "लक्ष्मी"), entries.get(1).payload());
        assertEquals(Map.of("from", "Sarees & dresses · order on WhatsApp", "to", "Handloom from Jaipur"),
                entries.get(0).payload());
        assertNull(entries.get(0).productId());
    }

    @Test
    void aNameThatCannotBeShownIsRefusedInTheOwnersWordsAndChangesNothing() {
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> service.changeShopName(ADMIN, "x".repeat(61)));
        assertTrue(tooLong.getMessage().startsWith("The shop's name can have at most 60 characters"),
                tooLong.getMessage());
        assertThrows(InvalidValueException.class, () -> service.changeOwnerName(ADMIN, " "));
        assertThrows(InvalidValueException.class, () -> service.changeTagline(ADMIN, "Sarees\u0000"));

        assertEquals(ShopSettings.DEFAULTS, db.settings().load());
        assertEquals(List.of(), db.auditLog().latest(10));
    }

    @Test
    void theCurrentSettingsAreWhatWasLastStored() {
        service.changeShopName(ADMIN, "Meera's Sarees");

        assertEquals("Meera's Sarees", new ViewShopSettingsService(db.settings()).current().identity().shopName());
    }

    @Test
    void theEnvironmentsIdentityIsTakenOnceAndTheOwnersChangesWinAfterwards() {
        SeedShopIdentityService seed = new SeedShopIdentityService(db.settings(), db.transactions());
        ShopIdentity fromEnvironment = new ShopIdentity("Meera's Sarees", "Meera", "Silk from Kanchipuram");

        assertEquals(fromEnvironment, seed.seedIfAbsent(fromEnvironment).identity());
        service.changeOwnerName(ADMIN, "Meera Iyer");
        ShopSettings restarted = seed.seedIfAbsent(new ShopIdentity("Other", "Other", "Other"));

        assertEquals(new ShopIdentity("Meera's Sarees", "Meera Iyer", "Silk from Kanchipuram"), restarted.identity());
        assertEquals(List.of(AuditAction.SET_OWNER_NAME),
                db.auditLog().latest(10).stream().map(AuditEntry::action).toList());
    }
}
