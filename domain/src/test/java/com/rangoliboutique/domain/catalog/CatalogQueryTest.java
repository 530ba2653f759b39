package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogQueryTest {

    @Test
    void noParametersIsTheWholeCatalog() {
        CatalogQuery query = CatalogQuery.fromParameters(Map.of());

        assertEquals(CatalogQuery.ALL, query);
        assertFalse(query.filtered());
        assertEquals("", query.toQueryString());
    }

    @Test
    void readsEveryFilter() {
        CatalogQuery query = CatalogQuery.fromParameters(Map.of("category", "saree", "min", "₹5,000", "max", "20000",
                "color", "Red", "size", "Free Size", "new", "1", "q", "banarasi silk", "sort", "price_asc",
                "page", "2"));

        assertEquals(new CatalogQuery("saree", 5000L, 20000L, "Red", "Free Size", true, "banarasi silk",
                CatalogSort.PRICE_LOW, 2), query);
        assertTrue(query.filtered());
        assertEquals(24, query.offset());
        assertEquals("q=banarasi+silk&category=saree&min=5000&max=20000&color=Red&size=Free+Size&new=1"
                + "&sort=price_asc&page=2", query.toQueryString());
    }

    @Test
    void blankAndUnknownParametersAreIgnored() {
        assertEquals(CatalogQuery.ALL, CatalogQuery.fromParameters(Map.of("category", " ", "min", "", "utm_source",
                "whatsapp", "fbclid", "x".repeat(5000))));
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("saree", CatalogQuery.fromParameters(Map.of("q", "sa\u0000ree\n", "category", "\u0007")).search());
        assertEquals(null, CatalogQuery.fromParameters(Map.of("category", "\u0000")).category());
    }

    @Test
    void theQueryStringEscapesWhatItCarries() {
        CatalogQuery query = CatalogQuery.fromParameters(Map.of("q", "<script>&\"'", "category", "a&page=9"));

        assertEquals("q=%3Cscript%3E%26%22%27&category=a%26page%3D9", query.toQueryString());
        assertEquals(query, CatalogQuery.fromParameters(Map.of("q", "<script>&\"'", "category", "a&page=9",
                "page", "1")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "min|abc|The lowest price \"abc\" is not a number of rupees — write it like 5000.",
            "max|-5|The highest price \"-5\" is not a number of rupees — write it like 5000.",
            "max|12.5|The highest price \"12.5\" is not a number of rupees — write it like 5000.",
            "page|-1|\"-1\" is not a page number — pages are 1, 2, 3…",
            "page|0|There is no page 0 — pages start at 1.",
            "page|1001|There is no page 1001 — pages start at 1.",
            "page|two|\"two\" is not a page number — pages are 1, 2, 3…",
            "sort|cheapest|We cannot sort by \"cheapest\" — choose newest, price low to high or price high to low.",
            "new|maybe|\"maybe\" is not a choice for new arrivals — use new=1.",
    })
    void refusesNonsenseWithAMessageForTheBuyer(String name, String value, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CatalogQuery.fromParameters(Map.of(name, value)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesLongTexts() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CatalogQuery.fromParameters(Map.of("q", "saree ".repeat(1000))));
        assertEquals("The search is too long — keep it under 100 characters.", e.getMessage());
    }

    @Test
    void refusesAMinimumAboveTheMaximum() {
        Map<String, String> p = new HashMap<>(Map.of("min", "9000", "max", "5000"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CatalogQuery.fromParameters(p));
        assertEquals("The lowest price (₹9000) is above the highest (₹5000) — swap them.", e.getMessage());
    }

    @Test
    void aHugePriceIsCappedAtTheLargestPossiblePrice() {
        assertEquals(10_000_000L, CatalogQuery.fromParameters(Map.of("max", "999999999")).maxRupees());
    }

    @Test
    void pagesKeepTheFilters() {
        CatalogQuery query = CatalogQuery.fromParameters(Map.of("category", "saree", "page", "3"));

        assertEquals("category=saree&page=4", query.withPage(4).toQueryString());
        assertEquals("category=saree", query.withPage(1).toQueryString());
    }
}
