package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;

/**
 * The owner's shop settings (exchange rate, WhatsApp number, the shop's name, the name buyers greet, tagline); a
 * setting never stored reads as its default ({@link ShopSettings#DEFAULTS}).
 */
public interface Settings {

    ShopSettings load();

    void changeUsdFxRate(BigDecimal rate);

    void changeWhatsappNumber(String digits);

    void changeShopName(String name);

    void changeOwnerName(String name);

    void changeTagline(String tagline);

    /** Stores each part of {@code identity} that was never stored; the parts stored before are kept as they are. */
    void seedIdentity(ShopIdentity identity);
}
