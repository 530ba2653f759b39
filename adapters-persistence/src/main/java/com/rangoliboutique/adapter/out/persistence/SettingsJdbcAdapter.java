package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.SettingKey;
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
        String whatsapp = values.get(SettingKey.WHATSAPP_NUMBER.key());
        return new ShopSettings(
                rate == null ? ShopSettings.DEFAULTS.usdFxRate() : new BigDecimal(rate),
                whatsapp == null ? ShopSettings.DEFAULTS.whatsappNumber() : whatsapp);
    }

    @Override
    public void changeUsdFxRate(BigDecimal rate) {
        store(SettingKey.USD_FX_RATE, rate.toPlainString());
    }

    @Override
    public void changeWhatsappNumber(String digits) {
        store(SettingKey.WHATSAPP_NUMBER, digits);
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
