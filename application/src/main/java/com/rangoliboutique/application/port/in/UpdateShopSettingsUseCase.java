package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/** The owner changes the exchange rate or the WhatsApp number; every page uses the new value at once. */
public interface UpdateShopSettingsUseCase {

    ShopSettings changeUsdFxRate(long adminId, BigDecimal rate);

    ShopSettings changeWhatsappNumber(long adminId, String digits);
}
