package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.DressId;
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
        WhatsAppOrder order = new WhatsAppOrder("919876543210", DressId.parse("D-1042"), "Red with Gold Border",
                "https://rangoliboutique.com/d/D-1042", false);

        assertEquals(SPEC_EXAMPLE, order.link());
    }

    @Test
    void theMessageOfTheSpecTemplate() {
        WhatsAppOrder order = new WhatsAppOrder("919876543210", DressId.parse("D-1042"), null,
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
        WhatsAppOrder order = new WhatsAppOrder("919876543210", DressId.parse("D-1042"), "Green",
                "https://rangoliboutique.com/d/D-1042", true);

        assertTrue(order.message().startsWith("Hi Poonam Jain, Dress D-1042 from Rangoli Boutique is sold out."
                + " Do you have a similar piece?\nVariant: Green\n"), order.message());
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
