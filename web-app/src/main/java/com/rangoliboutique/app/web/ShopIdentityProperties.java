package com.rangoliboutique.app.web;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.settings.ShopIdentity;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.function.Function;

/**
 * The shop's identity the environment gives at the first start ({@code SHOP_NAME}, {@code SHOP_OWNER_NAME},
 * {@code SHOP_TAGLINE}; README "Configuration"); blank = the spec's shop. Afterwards the owner's {@code /setshop},
 * {@code /setowner} and {@code /settagline} win.
 */
@ConfigurationProperties("shop.identity")
public record ShopIdentityProperties(
        @Bindable(defaultValue = "") String name,
        @Bindable(defaultValue = "") String ownerName,
        @Bindable(defaultValue = "") String tagline) {

    /** @throws IllegalStateException naming the variable whose value cannot be used, and why */
    ShopIdentity identity() {
        ShopIdentity defaults = ShopIdentity.DEFAULTS;
        return new ShopIdentity(
                value("SHOP_NAME", name, defaults.shopName(), ShopIdentity::checkShopName),
                value("SHOP_OWNER_NAME", ownerName, defaults.ownerName(), ShopIdentity::checkOwnerName),
                value("SHOP_TAGLINE", tagline, defaults.tagline(), ShopIdentity::checkTagline));
    }

    private static String value(String variable, String given, String otherwise, Function<String, String> check) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return check.apply(given);
        } catch (InvalidValueException e) {
            throw new IllegalStateException(variable + ": " + e.getMessage());
        }
    }
}
