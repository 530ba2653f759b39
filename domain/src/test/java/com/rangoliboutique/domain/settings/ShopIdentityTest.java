package com.rangoliboutique.domain.settings;

import com.rangoliboutique.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShopIdentityTest {

    @Test
    void theDefaultsAreTheSpecsShop() {
        assertEquals("Rangoli Boutique", ShopIdentity.DEFAULTS.shopName());
        assertEquals("Poonam Jain", ShopIdentity.DEFAULTS.ownerName());
        assertEquals("Sarees & dresses · order on WhatsApp", ShopIdentity.DEFAULTS.tagline());
    }

    @Test
    void takesAnyOneLineNameWithoutTheSpacesAroundIt() {
        ShopIdentity shop = ShopIdentity.DEFAULTS.withShopName("  Lakshmi & Co. ").withOwnerName("लक्ष्मी देवी")
                .withTagline("Handloom <sarees> from \"Jaipur\" 🌸");

        assertEquals(new ShopIdentity("Lakshmi & Co.", "लक्ष्मी देवी", "Handloom <sarees> from \"Jaipur\" 🌸"), shop);
    }

    @Test
    void countsCharactersAsPeopleDo() {
        String sixtyDevanagari = "क".repeat(60);
        assertEquals(sixtyDevanagari, ShopIdentity.checkShopName(sixtyDevanagari));
        String sixtyEmoji = "🌸".repeat(60); // 120 UTF-16 units, 60 characters
        assertEquals(sixtyEmoji, ShopIdentity.checkOwnerName(sixtyEmoji));
        assertEquals("x".repeat(120), ShopIdentity.checkTagline("x".repeat(120)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAMissingValueWithAnExample(String blank) {
        assertEquals("The shop's name is missing — write it like /setshop Rangoli Boutique.",
                refusal(() -> ShopIdentity.checkShopName(blank)));
        assertEquals("The name buyers greet is missing — write it like /setowner Poonam Jain.",
                refusal(() -> ShopIdentity.checkOwnerName(blank)));
        assertEquals("The tagline is missing — write it like /settagline Sarees & dresses · order on WhatsApp.",
                refusal(() -> ShopIdentity.checkTagline(blank)));
        assertThrows(InvalidValueException.class, () -> ShopIdentity.checkShopName(null));
    }

    @Test
    void refusesTooLongValuesSayingTheLimit() {
        assertEquals("The shop's name can have at most 60 characters; \"" + "a".repeat(39) + "…\" has 61.",
                refusal(() -> ShopIdentity.checkShopName("a".repeat(61))));
        assertEquals("The name buyers greet can have at most 60 characters; \"" + "क".repeat(39) + "…\" has 61.",
                refusal(() -> ShopIdentity.checkOwnerName("क".repeat(61))));
        assertEquals("The tagline can have at most 120 characters; \"" + "b".repeat(39) + "…\" has 121.",
                refusal(() -> ShopIdentity.checkTagline("b".repeat(121))));
    }

    @Test
    void refusesControlCharactersAndLineBreaks() {
        assertEquals("The shop's name holds an invisible control character (U+0007) — type it again, like"
                + " /setshop Rangoli Boutique.", refusal(() -> ShopIdentity.checkShopName("Rangoli\u0007 Boutique")));
        assertEquals("The tagline holds an invisible byte-order mark (U+FEFF) — type it again, like"
                        + " /settagline Sarees & dresses · order on WhatsApp.",
                refusal(() -> ShopIdentity.checkTagline("\uFEFFSarees")));
        assertEquals("The name buyers greet must be one line — send it without line breaks, like /setowner Poonam"
                + " Jain.", refusal(() -> ShopIdentity.checkOwnerName("Poonam\nJain")));
        assertThrows(InvalidValueException.class, () -> ShopIdentity.checkShopName("Rangoli\u2028Boutique"));
    }

    @Test
    void validatesWhenBuilt() {
        assertThrows(InvalidValueException.class, () -> new ShopIdentity("", "Poonam Jain", "Sarees"));
        assertThrows(InvalidValueException.class, () -> ShopIdentity.DEFAULTS.withTagline("t".repeat(121)));
        assertThrows(NullPointerException.class, () -> ShopSettings.DEFAULTS.withIdentity(null));
    }

    private static String refusal(org.junit.jupiter.api.function.Executable executable) {
        return assertThrows(InvalidValueException.class, executable).getMessage();
    }
}
