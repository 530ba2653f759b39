package com.rangoliboutique.application.port.out;

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
        assertEquals(new ShopSettings(new BigDecimal("84.50"), ShopSettings.DEFAULTS.whatsappNumber()),
                settings().load());

        settings().changeWhatsappNumber("447700900123");
        assertEquals(new ShopSettings(new BigDecimal("84.50"), "447700900123"), settings().load());
    }
}
