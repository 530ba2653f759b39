package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link Settings} promises, against the in-memory fake and the PostgreSQL adapter. */
public interface SettingsContract {

    Settings settings();

    @Test
    default void settingsStartWithTheSeedValues() {
        assertEquals(ShopSettings.DEFAULTS, settings().load());
    }

    @Test
    default void eachSettingChangesAloneAndIsReadBackAsWritten() {
        settings().changeUsdFxRate(new BigDecimal("84.50"));
        assertEquals(ShopSettings.DEFAULTS.withUsdFxRate(new BigDecimal("84.50")), settings().load());

        settings().changeWhatsappNumber("447700900123");
        assertEquals(new ShopSettings(new BigDecimal("84.50"), "447700900123", ShopIdentity.DEFAULTS),
                settings().load());

        settings().changeShopName("Lakshmi & Co.");
        settings().changeOwnerName("लक्ष्मी");
        settings().changeTagline("Handloom <sarees> from \"Jaipur\" 🌸");
        assertEquals(new ShopSettings(new BigDecimal("84.50"), "447700900123",
                new ShopIdentity("Lakshmi & Co.", "लक्ष्मी", "Handloom <sarees> from \"Jaipur\" 🌸")), settings().load());
    }

    @Test
    default void seedingStoresTheIdentityOnceAndNeverOverwritesWhatWasSet() {
        ShopIdentity fromEnvironment = new ShopIdentity("Meera's Sarees", "Meera", "Silk from Kanchipuram");
        settings().seedIdentity(fromEnvironment);
        assertEquals(ShopSettings.DEFAULTS.withIdentity(fromEnvironment), settings().load());

        settings().changeShopName("Meera & Daughters");
        settings().seedIdentity(new ShopIdentity("Another Name", "Another Owner", "Another tagline"));
        assertEquals(new ShopIdentity("Meera & Daughters", "Meera", "Silk from Kanchipuram"), settings().load().identity());
    }

    @Test
    default void seedingKeepsAPartSetBeforeAndFillsTheOthers() {
        settings().changeOwnerName("Poonam");
        settings().seedIdentity(new ShopIdentity("Meera's Sarees", "Meera", "Silk from Kanchipuram"));
        assertEquals(new ShopIdentity("Meera's Sarees", "Poonam", "Silk from Kanchipuram"), settings().load().identity());
    }
}
