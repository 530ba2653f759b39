package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/** The shop settings in memory. */
final class InMemorySettings implements Settings {

    private volatile ShopSettings settings = ShopSettings.DEFAULTS;

    @Override
    public ShopSettings load() {
        return settings;
    }

    @Override
    public void changeUsdFxRate(BigDecimal rate) {
        settings = new ShopSettings(rate, settings.whatsappNumber());
    }

    @Override
    public void changeWhatsappNumber(String digits) {
        settings = new ShopSettings(settings.usdFxRate(), digits);
    }
}
