package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;

/**
 * At start-up, the shop's identity from the environment ({@code SHOP_NAME}, {@code SHOP_OWNER_NAME},
 * {@code SHOP_TAGLINE}) becomes the settings it is missing; what the owner set since (from the bot) stays.
 */
public interface SeedShopIdentityUseCase {

    /** @return the settings now in force */
    ShopSettings seedIfAbsent(ShopIdentity fromEnvironment);
}
