package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.SettingKey;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The {@code settings} key/value table; a missing key falls back to the seeded default. */
@Singleton
class SettingsJdbcAdapter implements Settings {

    private final SettingRowRepository settings;

    SettingsJdbcAdapter(SettingRowRepository settings) {
        this.settings = settings;
    }

    @Override
    public ShopSettings load() {
        Map<String, String> values = StreamSupport.stream(settings.findAll().spliterator(), false)
                .collect(Collectors.toMap(SettingRow::key, SettingRow::value));
        String rate = values.get(SettingKey.USD_FX_RATE.key());
        ShopIdentity defaults = ShopIdentity.DEFAULTS;
        return new ShopSettings(
                rate == null ? ShopSettings.DEFAULTS.usdFxRate() : new BigDecimal(rate),
                values.getOrDefault(SettingKey.WHATSAPP_NUMBER.key(), ShopSettings.DEFAULTS.whatsappNumber()),
                new ShopIdentity(
                        values.getOrDefault(SettingKey.SHOP_NAME.key(), defaults.shopName()),
                        values.getOrDefault(SettingKey.SHOP_OWNER_NAME.key(), defaults.ownerName()),
                        values.getOrDefault(SettingKey.SHOP_TAGLINE.key(), defaults.tagline())));
    }

    @Override
    public void changeUsdFxRate(BigDecimal rate) {
        store(SettingKey.USD_FX_RATE, rate.toPlainString());
    }

    @Override
    public void changeWhatsappNumber(String digits) {
        store(SettingKey.WHATSAPP_NUMBER, digits);
    }

    @Override
    public void changeShopName(String name) {
        store(SettingKey.SHOP_NAME, name);
    }

    @Override
    public void changeOwnerName(String name) {
        store(SettingKey.SHOP_OWNER_NAME, name);
    }

    @Override
    public void changeTagline(String tagline) {
        store(SettingKey.SHOP_TAGLINE, tagline);
    }

    @Override
    public void seedIdentity(ShopIdentity identity) {
        settings.insertIfAbsent(SettingKey.SHOP_NAME.key(), identity.shopName());
        settings.insertIfAbsent(SettingKey.SHOP_OWNER_NAME.key(), identity.ownerName());
        settings.insertIfAbsent(SettingKey.SHOP_TAGLINE.key(), identity.tagline());
    }

    private void store(SettingKey key, String value) {
        SettingRow row = new SettingRow(key.key(), value, null);
        if (settings.existsById(key.key())) {
            settings.update(row);
        } else {
            settings.save(row);
        }
    }
}
