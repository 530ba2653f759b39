package com.rangoliboutique.domain.settings;

/** Keys of the {@code settings} table. */
public enum SettingKey {
    USD_FX_RATE("usd_fx_rate"),
    WHATSAPP_NUMBER("whatsapp_number"),
    SHOP_NAME("shop_name"),
    SHOP_OWNER_NAME("shop_owner_name"),
    SHOP_TAGLINE("shop_tagline");

    private final String key;

    SettingKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
