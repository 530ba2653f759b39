package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/**
 * The owner changes a setting (the exchange rate, the WhatsApp number, the shop's name, the name buyers greet, the
 * tagline); every page uses the new value at once. A value that cannot be used is refused in the owner's words
 * ({@link com.rangoliboutique.domain.InvalidValueException}) and changes nothing.
 */
public interface UpdateShopSettingsUseCase {

    ShopSettings changeUsdFxRate(long adminId, BigDecimal rate);

    ShopSettings changeWhatsappNumber(long adminId, String digits);

    ShopSettings changeShopName(long adminId, String name);

    ShopSettings changeOwnerName(long adminId, String name);

    ShopSettings changeTagline(long adminId, String tagline);
}
