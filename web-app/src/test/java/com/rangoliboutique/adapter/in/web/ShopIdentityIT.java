package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.ShopIdentity;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code SHOP_NAME}, {@code SHOP_OWNER_NAME}, {@code SHOP_TAGLINE}: taken at the first start (no settings row yet),
 * never over what the owner set from the bot since.
 */
@MicronautTest(environments = "test", startApplication = false, transactional = false) // migrates the database
class ShopIdentityIT extends PostgresIT {

    private static EmbeddedServer start(Map<String, Object> identity) {
        Map<String, Object> props = new HashMap<>(TestInfrastructure.properties());
        props.put("micronaut.server.port", -1);
        props.put("shop.public-requests-per-minute", 0);
        props.putAll(identity);
        return ApplicationContext.run(EmbeddedServer.class, props, "test");
    }

    @Test
    void theEnvironmentNamesTheShopAtTheFirstStartAndTheOwnersChangesWinAfterwards() {
        try (EmbeddedServer first = start(Map.of("shop.identity.name", "Meera's Sarees",
                "shop.identity.owner-name", "Meera", "shop.identity.tagline", "Silk from Kanchipuram"))) {
            assertEquals(new ShopIdentity("Meera's Sarees", "Meera", "Silk from Kanchipuram"),
                    first.getApplicationContext().getBean(Settings.class).load().identity());
            String home = ShopFixture.get(first.getURI(), "/").body();
            assertTrue(home.contains("<a class=\"brand\" href=\"/\">Meera&#39;s Sarees</a>")
                    || home.contains("<a class=\"brand\" href=\"/\">Meera&#x27;s Sarees</a>")
                    || home.contains("<a class=\"brand\" href=\"/\">Meera's Sarees</a>"), home);
            assertTrue(home.contains("<span class=\"tagline\">Silk from Kanchipuram</span>"), home);
            first.getApplicationContext().getBean(UpdateShopSettingsUseCase.class).changeShopName(1L, "Meera & Daughters");
        }

        try (EmbeddedServer restarted = start(Map.of("shop.identity.name", "Another Name",
                "shop.identity.owner-name", "Another Owner"))) {
            assertEquals(new ShopIdentity("Meera & Daughters", "Meera", "Silk from Kanchipuram"),
                    restarted.getApplicationContext().getBean(Settings.class).load().identity());
            assertTrue(ShopFixture.get(restarted.getURI(), "/").body()
                    .contains("<a class=\"brand\" href=\"/\">Meera &amp; Daughters</a>"));
        }
    }

    @Test
    void withoutTheVariablesTheShopIsTheSpecsAndANameThatCannotBeUsedStopsTheStartNamingIt() {
        try (EmbeddedServer plain = start(Map.of())) {
            assertEquals(ShopIdentity.DEFAULTS, plain.getApplicationContext().getBean(Settings.class).load().identity());
        }

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> start(Map.of("shop.identity.tagline", "t".repeat(121))).close());
        String messages = messages(refused);
        assertTrue(messages.contains("SHOP_TAGLINE: The tagline can have at most 120 characters"), messages);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
