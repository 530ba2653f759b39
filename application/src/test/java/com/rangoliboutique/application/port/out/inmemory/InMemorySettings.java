package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.SettingKey;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

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
        db.write(() -> db.tables.settings = db.tables.settings.withUsdFxRate(rate));
    }

    @Override
    public void changeWhatsappNumber(String digits) {
        db.write(() -> db.tables.settings = db.tables.settings.withWhatsappNumber(digits));
    }

    @Override
    public void changeShopName(String name) {
        changeIdentity(SettingKey.SHOP_NAME, identity -> identity.withShopName(name));
    }

    @Override
    public void changeOwnerName(String name) {
        changeIdentity(SettingKey.SHOP_OWNER_NAME, identity -> identity.withOwnerName(name));
    }

    @Override
    public void changeTagline(String tagline) {
        changeIdentity(SettingKey.SHOP_TAGLINE, identity -> identity.withTagline(tagline));
    }

    @Override
    public void seedIdentity(ShopIdentity seed) {
        db.write(() -> {
            ShopIdentity now = db.tables.settings.identity();
            ShopIdentity seeded = new ShopIdentity(
                    stored(SettingKey.SHOP_NAME) ? now.shopName() : seed.shopName(),
                    stored(SettingKey.SHOP_OWNER_NAME) ? now.ownerName() : seed.ownerName(),
                    stored(SettingKey.SHOP_TAGLINE) ? now.tagline() : seed.tagline());
            db.tables.settings = db.tables.settings.withIdentity(seeded);
            db.tables.storedSettings.add(SettingKey.SHOP_NAME);
            db.tables.storedSettings.add(SettingKey.SHOP_OWNER_NAME);
            db.tables.storedSettings.add(SettingKey.SHOP_TAGLINE);
        });
    }

    private boolean stored(SettingKey key) {
        return db.tables.storedSettings.contains(key);
    }

    private void changeIdentity(SettingKey key, UnaryOperator<ShopIdentity> change) {
        db.write(() -> {
            db.tables.settings = db.tables.settings.withIdentity(change.apply(db.tables.settings.identity()));
            db.tables.storedSettings.add(key);
        });
    }
}
