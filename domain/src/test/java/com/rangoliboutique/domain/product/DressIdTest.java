package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class DressIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"D-1042", "d-1042", "d1042", "D1042", "1042", "D 1042", "  D-1042  ", "\tD-01042\n"})
    void parsesTheFormsOwnersType(String input) {
        assertEquals(new DressId(1042), DressId.parse(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            abc            | "abc" is not a dress ID — use the form D-1042.
            D-10x2         | "D-10x2" is not a dress ID — use the form D-1042.
            D--1042        | "D--1042" is not a dress ID — use the form D-1042.
            -1042          | "-1042" is not a dress ID — use the form D-1042.
            X-1042         | "X-1042" is not a dress ID — use the form D-1042.
            D-999          | D-999 is not a dress ID — dress IDs start at D-1001.
            0              | D-0 is not a dress ID — dress IDs start at D-1001.
            D-3000000000   | D-3000000000 is not a dress ID — the number is too large.
            D-999999999999999999999 | D-999999999999999999999 is not a dress ID — the number is too large.
            """)
    void rejectsAnythingElseSayingWhatIsWrong(String input, String message) {
        var e = assertThrows(InvalidValueException.class, () -> DressId.parse(input));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAMissingId(String input) {
        var e = assertThrows(InvalidValueException.class, () -> DressId.parse(input));
        assertEquals("The dress ID is missing — use the form D-1042.", e.getMessage());
    }

    @Test
    void showsAsDPrefixedNumber() {
        DressId id = new DressId(1042);
        assertEquals("D-1042", id.toString());
        assertEquals("D-1042", id.value());
        assertEquals(1042, id.number());
    }

    @Test
    void startsAt1001() {
        assertEquals(1001, new DressId(1001).number());
        assertThrows(InvalidValueException.class, () -> new DressId(1000));
    }

    @Test
    void comesFromTheDatabaseSequence() {
        assertEquals(new DressId(1001), DressId.of(1001L));
        assertEquals(new DressId(Integer.MAX_VALUE), DressId.of(Integer.MAX_VALUE));
        assertThrows(InvalidValueException.class, () -> DressId.of(Integer.MAX_VALUE + 1L));
        assertThrows(InvalidValueException.class, () -> DressId.of(5));
    }
}
