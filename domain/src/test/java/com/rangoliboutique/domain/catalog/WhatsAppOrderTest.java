package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.settings.ShopIdentity;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhatsAppOrderTest {

    /** Spec §7 "Example", byte for byte. */
    private static final String SPEC_EXAMPLE = "https://wa.me/919876543210?text=Hi%20Poonam%20Jain%2C%20I%20want%20Dress%20D-1042%20from%20Rangoli%20Boutique.%0AVariant%3A%20Red%20with%20Gold%20Border%0AShip%20to%3A%20%5Byour%20city%2C%20country%5D%0ALink%3A%20https%3A%2F%2Frangoliboutique.com%2Fd%2FD-1042";

    @Test
    void theSpecExampleExactly() {
        WhatsAppOrder order = new WhatsAppOrder("919876543210", ShopIdentity.DEFAULTS, DressId.parse("D-1042"), "Red with Gold Border",
                "https://rangoliboutique.com/d/D-1042", false);

        assertEquals(SPEC_EXAMPLE, order.link());
    }

    @Test
    void theMessageOfTheSpecTemplate() {
        WhatsAppOrder order = new WhatsAppOrder("919876543210", ShopIdentity.DEFAULTS, DressId.parse("D-1042"), null,
                "https://rangoliboutique.com/d/D-1042", false);

        assertEquals("""
                Hi Poonam Jain, I want Dress D-1042 from Rangoli Boutique.
                Variant: Not selected
                Ship to: [your city, country]
                Link: https://rangoliboutique.com/d/D-1042""", order.message());
        assertEquals(order.message(), order.messageBeforeVariant() + "Not selected" + order.messageAfterVariant());
    }

    @Test
    void soldOutAsksAboutASimilarPiece() {
        WhatsAppOrder order = new WhatsAppOrder("919876543210", ShopIdentity.DEFAULTS, DressId.parse("D-1042"), "Green",
                "https://rangoliboutique.com/d/D-1042", true);

        assertTrue(order.message().startsWith("Hi Poonam Jain, Dress D-1042 from Rangoli Boutique is sold out."
                + " Do you have a similar piece?\nVariant: Green\n"), order.message());
    }

    @Test
    void theOwnersNamesGoIntoTheMessagePercentEncoded() {
        ShopIdentity lakshmi = new ShopIdentity("Lakshmi & Co.", "लक्ष्मी", "Handloom from Jaipur");
        WhatsAppOrder order = new WhatsAppOrder("919876543210", lakshmi, DressId.parse("D-1042"),
                "Red with Gold Border", "https://lakshmi.example/d/D-1042", false);

        assertEquals("""
                Hi लक्ष्मी, I want Dress D-1042 from Lakshmi & Co.
                Variant: Red with Gold Border
                Ship to: [your city, country]
                Link: https://lakshmi.example/d/D-1042""", order.message());
        assertEquals("https://wa.me/919876543210?text=Hi%20%E0%A4%B2%E0%A4%95%E0%A5%8D%E0%A4%B7%E0%A5%8D%E0%A4%AE%E0%A5%80"
                + "%2C%20I%20want%20Dress%20D-1042%20from%20Lakshmi%20%26%20Co.%0AVariant%3A%20Red%20with%20Gold%20Border"
                + "%0AShip%20to%3A%20%5Byour%20city%2C%20country%5D%0ALink%3A%20https%3A%2F%2Flakshmi.example%2Fd%2FD-1042",
                order.link());
        assertEquals(order.message(), URLDecoder.decode(order.link().substring(order.linkPrefix().length()),
                StandardCharsets.UTF_8));
    }

    @Test
    void theSoldOutMessageNamesTheOwnersShopToo() {
        ShopIdentity meera = ShopIdentity.DEFAULTS.withShopName("Meera's Sarees").withOwnerName("Meera");
        WhatsAppOrder order = new WhatsAppOrder("919876543210", meera, DressId.parse("D-1042"), null,
                "https://rangoliboutique.com/d/D-1042", true);

        assertTrue(order.message().startsWith("Hi Meera, Dress D-1042 from Meera's Sarees is sold out."
                + " Do you have a similar piece?\nVariant: Not selected\n"), order.message());
        assertTrue(order.link().contains("Hi%20Meera%2C%20Dress%20D-1042%20from%20Meera%27s%20Sarees%20is%20sold"),
                order.link());
    }

    @Test
    void everythingOutsideTheUnreservedSetIsPercentEncodedAsUtf8() {
        assertEquals("AZaz09-_.~", WhatsAppOrder.encode("AZaz09-_.~"));
        assertEquals("%20%0A%2F%3F%26%3D%2B%23%25%27%22%3C%3E%21%2A%28%29", WhatsAppOrder.encode(" \n/?&=+#%'\"<>!*()"));
        assertEquals("%E2%82%B9%E0%A4%B8%E0%A4%BE%E0%A4%A1%E0%A4%BC%E0%A5%80", WhatsAppOrder.encode("₹साड़ी"));
        assertEquals("%F0%9F%91%97", WhatsAppOrder.encode("👗"));
    }

    @Test
    void anyTextSurvivesTheRoundTrip() {
        String text = "Variant: Maroon & \"Gold\" <script>alert(1)</script> 50% off + ₹1,25,000\nनमस्ते 👗";
        assertEquals(text, URLDecoder.decode(WhatsAppOrder.encode(text), StandardCharsets.UTF_8));
    }
}
