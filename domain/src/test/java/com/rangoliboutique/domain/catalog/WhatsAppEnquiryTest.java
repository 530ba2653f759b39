package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.settings.ShopIdentity;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WhatsAppEnquiryTest {

    private static final String PHONE = "919876543210";
    private static final String PREFIX = "https://wa.me/" + PHONE + "?text=";

    private static WhatsAppEnquiry.Piece piece(String id, String title, boolean soldOut) {
        return new WhatsAppEnquiry.Piece(DressId.parse(id), title, "https://rangoliboutique.com/d/" + id, soldOut);
    }

    @Test
    void oneMessageGreetsTheOwnerListsEveryPieceAndAsksWhereToShip() {
        WhatsAppEnquiry enquiry = new WhatsAppEnquiry(PHONE, ShopIdentity.DEFAULTS, List.of(
                piece("D-1042", "Red Banarasi Silk Saree", false),
                piece("D-1043", "Emerald Kanjivaram Saree", false),
                piece("D-1050", "Wine Anarkali Dress", false)));

        assertEquals("""
                Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:
                D-1042 Red Banarasi Silk Saree — https://rangoliboutique.com/d/D-1042
                D-1043 Emerald Kanjivaram Saree — https://rangoliboutique.com/d/D-1043
                D-1050 Wine Anarkali Dress — https://rangoliboutique.com/d/D-1050
                Ship to: [your city, country]""", enquiry.message());
        assertEquals("Ask about these 3 pieces on WhatsApp", enquiry.label());
    }

    @Test
    void theLinkIsTheMessagePercentEncodedAsTheOrderLinkIs() {
        WhatsAppEnquiry enquiry = new WhatsAppEnquiry(PHONE, ShopIdentity.DEFAULTS,
                List.of(piece("D-1042", "Red Banarasi Silk Saree", false)));

        assertEquals(PREFIX + "Hi%20Poonam%20Jain%2C%20I%27m%20interested%20in%20these%20pieces%20from%20Rangoli"
                + "%20Boutique%3A%0AD-1042%20Red%20Banarasi%20Silk%20Saree%20%E2%80%94%20https%3A%2F%2Frangoliboutique"
                + ".com%2Fd%2FD-1042%0AShip%20to%3A%20%5Byour%20city%2C%20country%5D", enquiry.link());
        assertEquals(enquiry.message(), URLDecoder.decode(enquiry.link().substring(PREFIX.length()),
                StandardCharsets.UTF_8));
        assertEquals("Ask about this piece on WhatsApp", enquiry.label());
    }

    @Test
    void aSoldOutPieceIsNamedAsSoldOut() {
        WhatsAppEnquiry enquiry = new WhatsAppEnquiry(PHONE, ShopIdentity.DEFAULTS, List.of(
                piece("D-1042", "Red Banarasi Silk Saree", false),
                piece("D-1043", "Emerald Kanjivaram Saree", true)));

        assertEquals("""
                Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:
                D-1042 Red Banarasi Silk Saree — https://rangoliboutique.com/d/D-1042
                D-1043 Emerald Kanjivaram Saree (sold out) — https://rangoliboutique.com/d/D-1043
                Ship to: [your city, country]""", enquiry.message());
    }

    @Test
    void theOwnersNamesAndAnyTitleSurviveTheLink() {
        ShopIdentity lakshmi = new ShopIdentity("Lakshmi & Co.", "लक्ष्मी", "Handloom from Jaipur");
        WhatsAppEnquiry enquiry = new WhatsAppEnquiry(PHONE, lakshmi, List.of(
                piece("D-1042", "Maroon & \"Gold\" साड़ी + 50% #1", false)));

        assertEquals("""
                Hi लक्ष्मी, I'm interested in these pieces from Lakshmi & Co.:
                D-1042 Maroon & "Gold" साड़ी + 50% #1 — https://rangoliboutique.com/d/D-1042
                Ship to: [your city, country]""", enquiry.message());
        assertEquals(enquiry.message(), URLDecoder.decode(enquiry.link().substring(PREFIX.length()),
                StandardCharsets.UTF_8));
    }

    @Test
    void anEnquiryNamesAtLeastOnePiece() {
        assertThrows(IllegalArgumentException.class, () -> new WhatsAppEnquiry(PHONE, ShopIdentity.DEFAULTS, List.of()));
    }

    @Test
    void theShareLinkHasNoNumberAndCarriesTheTitleAndThePage() {
        WhatsAppShare share = new WhatsAppShare("Red Banarasi Silk Saree", "Rangoli Boutique",
                "https://rangoliboutique.com/d/D-1042");

        assertEquals("https://wa.me/?text=Red%20Banarasi%20Silk%20Saree%0Ahttps%3A%2F%2Frangoliboutique.com%2Fd%2FD-1042",
                share.link());
        assertEquals("Red Banarasi Silk Saree at Rangoli Boutique", share.text());
    }
}
