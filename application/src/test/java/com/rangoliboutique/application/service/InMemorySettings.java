package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/** The shop settings in memory (seeding always takes the seed: the catalog's tests do not need more). */
final class InMemorySettings implements Settings {

    private volatile ShopSettings settings = ShopSettings.DEFAULTS;

    @Override
    public ShopSettings load() {
        return settings;
    }

    @Override
    public void changeUsdFxRate(BigDecimal rate) {
        settings = settings.withUsdFxRate(rate);
    }

    @Override
    public void changeWhatsappNumber(String digits) {
        settings = settings.withWhatsappNumber(digits);
    }

    @Override
    public void changeShopName(String name) {
        settings = settings.withIdentity(settings.identity().withShopName(name));
    }

    @Override
    public void changeOwnerName(String name) {
        settings = settings.withIdentity(settings.identity().withOwnerName(name));
    }

    @Override
    public void changeTagline(String tagline) {
        settings = settings.withIdentity(settings.identity().withTagline(tagline));
    }

    @Override
    public void seedIdentity(ShopIdentity identity) {
        settings = settings.withIdentity(identity);
    }
}
