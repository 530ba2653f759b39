package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.product.DressId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnquiryIdsTest {

    @Test
    void readsTheIdsInTheBuyersOrderEachOnce() {
        EnquiryIds ids = EnquiryIds.parse("D-1043, D-1042,,d1043,1050");

        assertEquals(List.of(DressId.parse("D-1043"), DressId.parse("D-1042"), DressId.parse("D-1050")), ids.ids());
        assertEquals("D-1043,D-1042,D-1050", ids.asParameter());
    }

    @Test
    void nothingIsTheEmptyList() {
        assertTrue(EnquiryIds.parse(null).isEmpty());
        assertTrue(EnquiryIds.parse(" ").isEmpty());
        assertTrue(EnquiryIds.parse(",,").isEmpty());
    }

    @Test
    void refusesWhatIsNoDressIdInTheBuyersWords() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EnquiryIds.parse("D-1042,<b>x"));

        assertEquals("\"<b>x\" is not a dress ID — the list's link names pieces like D-1042. Open your list from the"
                + " catalog's \"My list\" link.", e.getMessage());
        assertThrows(InvalidValueException.class, () -> EnquiryIds.parse("D-1000"));
        assertThrows(InvalidValueException.class, () -> EnquiryIds.parse("D-99999999999999"));
    }

    @Test
    void thirtyAtMost() {
        String thirty = IntStream.range(0, 30).mapToObj(i -> "D-" + (1001 + i)).collect(Collectors.joining(","));
        assertEquals(30, EnquiryIds.parse(thirty).ids().size());
        assertEquals(30, EnquiryIds.parse(thirty + ",D-1001").ids().size(), "a repeated id counts once");

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EnquiryIds.parse(thirty + ",D-2000"));
        assertEquals("A list can hold 30 pieces at most; this link names 31. Remove some pieces from your list and"
                + " open it again.", e.getMessage());
    }
}
