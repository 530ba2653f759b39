package com.rangoliboutique.app.web;

import com.rangoliboutique.application.port.in.SeedShopIdentityUseCase;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, before the server takes requests: the shop's name, owner name and tagline from the environment become the
 * settings that were never stored (the first start); the ones the owner has set from the bot stay.
 */
@Context
@Requires(property = "datasources.default.enabled", notEquals = "false") // not in set-webhook, which has no database
class ShopIdentitySeeding {

    private static final Logger LOG = LoggerFactory.getLogger(ShopIdentitySeeding.class);

    ShopIdentitySeeding(SeedShopIdentityUseCase seed, ShopIdentityProperties environment) {
        ShopIdentity fromEnvironment = environment.identity(); // a value that cannot be used stops the start, named
        try {
            ShopSettings now = seed.seedIfAbsent(fromEnvironment);
            LOG.info("shop: \"{}\", greeted as \"{}\"", now.identity().shopName(), now.identity().ownerName());
        } catch (RuntimeException e) {
            LOG.warn("the shop's name from the environment could not be stored (the database is not answering?);"
                    + " pages show the stored or default names until the next start: {}", e.toString());
        }
    }
}
