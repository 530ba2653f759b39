package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/** {@link Settings} in an {@link InMemoryDatabase}: the seed values until the owner changes them. */
public final class InMemorySettings implements Settings {

    private final InMemoryDatabase db;

    InMemorySettings(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public ShopSettings load() {
        return db.read(() -> db.tables.settings);
    }

    @Override
    public void changeUsdFxRate(BigDecimal rate) {
        db.write(() -> db.tables.settings = new ShopSettings(rate, db.tables.settings.whatsappNumber()));
    }

    @Override
    public void changeWhatsappNumber(String digits) {
        db.write(() -> db.tables.settings = new ShopSettings(db.tables.settings.usdFxRate(), digits));
    }
}
