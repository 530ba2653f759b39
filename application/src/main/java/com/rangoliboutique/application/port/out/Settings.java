package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/** The owner's shop settings (exchange rate, WhatsApp number). */
public interface Settings {

    ShopSettings load();

    void changeUsdFxRate(BigDecimal rate);

    void changeWhatsappNumber(String digits);
}
