package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class PriceTest {

    @ParameterizedTest(name = "{0} → {1} paise")
    @CsvSource(delimiter = '|', textBlock = """
            12500          | 1250000
            12,500         | 1250000
            ₹12,500        | 1250000
            ₹ 12500        | 1250000
            Rs 12500       | 1250000
            Rs. 12,500     | 1250000
            rs.12500       | 1250000
            INR 12500      | 1250000
            inr12500       | 1250000
            12500.50       | 1250050
            12500.5        | 1250050
            1,25,000       | 12500000
            125,000        | 12500000
            1,250,000      | 125000000
            12500/-        | 1250000
            ₹12,500/-      | 1250000
            Rs. 12,500 /-  | 1250000
            '  12500  '    | 1250000
            1,00,00,000    | 1000000000
            0.50           | 50
            """)
    void parsesTheFormsIndianShopOwnersWrite(String input, long paise) {
        assertEquals(new Price(paise), Price.parse(input));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0           | "0" is not a price — the price must be more than ₹0.
            0.00        | "0.00" is not a price — the price must be more than ₹0.
            -500        | "-500" is not a price — the price must be more than ₹0.
            ₹-500       | "₹-500" is not a price — the price must be more than ₹0.
            abc         | "abc" is not a price — write it in rupees, like 12500 or ₹12,500.
            12k         | "12k" is not a price — write it in rupees, like 12500 or ₹12,500.
            ₹           | "₹" is not a price — write it in rupees, like 12500 or ₹12,500.
            12500.      | "12500." is not a price — write it in rupees, like 12500 or ₹12,500.
            $150        | "$150" is not a price — write it in rupees, like 12500 or ₹12,500.
            12500.555   | "12500.555" has more than 2 digits after the decimal point — write paise like 12500.50.
            1,2,,500    | "1,2,,500" has the commas in the wrong places — write it like 12,500 or 1,25,000.
            1,2500      | "1,2500" has the commas in the wrong places — write it like 12,500 or 1,25,000.
            10000001    | ₹1,00,00,001 is more than the ₹1,00,00,000 limit — check the number.
            1,00,00,000.01 | ₹1,00,00,000.01 is more than the ₹1,00,00,000 limit — check the number.
            99999999999999999999 | ₹9,99,99,99,99,99,99,99,99,999 is more than the ₹1,00,00,000 limit — check the number.
            """)
    void rejectsWithAMessageNamingTheInput(String input, String message) {
        var e = assertThrows(InvalidValueException.class, () -> Price.parse(input));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void rejectsAMissingPrice(String input) {
        var e = assertThrows(InvalidValueException.class, () -> Price.parse(input));
        assertEquals("The price is missing — write it in rupees, like 12500 or ₹12,500.", e.getMessage());
    }

    @ParameterizedTest(name = "{0} paise → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            99900      | ₹999
            100000     | ₹1,000
            1250000    | ₹12,500
            12500000   | ₹1,25,000
            123456700  | ₹12,34,567
            1000000000 | ₹1,00,00,000
            1250050    | ₹12,500.50
            1250005    | ₹12,500.05
            50         | ₹0.50
            1          | ₹0.01
            """)
    void displaysWithIndianDigitGrouping(long paise, String display) {
        assertEquals(display, new Price(paise).display());
    }

    @Test
    void refusesZeroNegativeAndAbsurdAmounts() {
        assertEquals("The price must be more than ₹0.",
                assertThrows(InvalidValueException.class, () -> new Price(0)).getMessage());
        assertThrows(InvalidValueException.class, () -> new Price(-100));
        assertEquals("₹1,00,00,000.01 is more than the ₹1,00,00,000 limit — check the number.",
                assertThrows(InvalidValueException.class, () -> new Price(1_000_000_001)).getMessage());
        assertThrows(InvalidValueException.class, () -> Price.ofRupees(0));
        assertThrows(InvalidValueException.class, () -> Price.ofRupees(Long.MAX_VALUE));
        assertThrows(InvalidValueException.class, () -> Price.ofRupees(Long.MIN_VALUE));
    }

    @Test
    void rupeesAreWholeRupees() {
        assertEquals(new Price(1_250_000), Price.ofRupees(12_500));
        assertEquals(12_500, new Price(1_250_050).rupees());
    }

    @ParameterizedTest(name = "{0} paise at {1} → ${2}")
    @CsvSource(delimiter = '|', textBlock = """
            1250000 | 83    | 151
            1250000 | 84.5  | 148
            1249150 | 83    | 150
            1257450 | 83    | 152
            100100  | 2     | 500
            100300  | 2     | 502
            100     | 83    | 0
            """)
    void convertsToApproximateDollarsRoundingHalfToEven(long paise, String rate, long dollars) {
        assertEquals(dollars, new Price(paise).usdApprox(new BigDecimal(rate)));
    }

    @Test
    void showsDollarsWithATilde() {
        assertEquals("~$151", Price.ofRupees(12_500).usdDisplay(new BigDecimal("83.00")));
    }
}
