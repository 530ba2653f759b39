package com.rangoliboutique.domain.settings;

import com.rangoliboutique.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class ShopSettingsTest {

    @Test
    void defaultsMatchTheSeededSettings() {
        assertEquals(new BigDecimal("83.00"), ShopSettings.DEFAULTS.usdFxRate());
        assertEquals("919876543210", ShopSettings.DEFAULTS.whatsappNumber());
        assertEquals(ShopIdentity.DEFAULTS, ShopSettings.DEFAULTS.identity());
    }

    @Test
    void settingKeysAreTheTableKeys() {
        assertEquals("usd_fx_rate", SettingKey.USD_FX_RATE.key());
        assertEquals("whatsapp_number", SettingKey.WHATSAPP_NUMBER.key());
        assertEquals("shop_name", SettingKey.SHOP_NAME.key());
        assertEquals("shop_owner_name", SettingKey.SHOP_OWNER_NAME.key());
        assertEquals("shop_tagline", SettingKey.SHOP_TAGLINE.key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            84.5        | 84.5
            84          | 84
            84.50       | 84.50
            '  83.25 '  | 83.25
            83.2575     | 83.2575
            1000        | 1000
            """)
    void parsesTheRateTheOwnerSends(String input, String rate) {
        assertEquals(new BigDecimal(rate), ShopSettings.parseFxRate(input));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            abc       | "abc" is not an exchange rate — send the rupees for one US dollar, like /setrate 84.5.
            84,5      | "84,5" is not an exchange rate — send the rupees for one US dollar, like /setrate 84.5.
            ₹84       | "₹84" is not an exchange rate — send the rupees for one US dollar, like /setrate 84.5.
            0         | The exchange rate must be more than 0 — send the rupees for one US dollar, like /setrate 84.5.
            -84       | The exchange rate must be more than 0 — send the rupees for one US dollar, like /setrate 84.5.
            1000.01   | 1000.01 rupees for one dollar is more than the limit of 1000 — check the number.
            84.12345  | 84.12345 has more than 4 decimals — write it like 84.5 or 83.2575.
            '   '     | The exchange rate is missing — send the rupees for one US dollar, like /setrate 84.5.
            """)
    void refusesRatesThatMakeNoSense(String input, String message) {
        var e = assertThrows(InvalidValueException.class, () -> ShopSettings.parseFxRate(input));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+91 98765 43210", "91-98765-43210", "(91) 9876543210", "919876543210",
            " +91 98765-43210 ", "0091 98765 43210", "+91.98765.43210"})
    void normalisesWhatsappNumbersToDigitsWithCountryCode(String input) {
        assertEquals("919876543210", ShopSettings.normaliseWhatsappNumber(input));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            9876543210        | Add the country code — for India write +91 98765 43210.
            98765 43210       | Add the country code — for India write +91 98765 43210.
            09876543210       | Add the country code — for India write +91 98765 43210.
            98765abc10        | "98765abc10" is not a phone number — use only digits, like +91 98765 43210.
            call me           | "call me" is not a phone number — use only digits, like +91 98765 43210.
            91+9876543210     | "91+9876543210" is not a phone number — use only digits, like +91 98765 43210.
            12345             | "12345" is not a WhatsApp number — with the country code it should have 11 to 15 digits, like +91 98765 43210.
            1234567890123456  | "1234567890123456" is not a WhatsApp number — with the country code it should have 11 to 15 digits, like +91 98765 43210.
            """)
    void refusesNumbersWhatsappCannotUse(String input, String message) {
        var e = assertThrows(InvalidValueException.class, () -> ShopSettings.normaliseWhatsappNumber(input));
        assertEquals(message, e.getMessage());
    }

    @Test
    void validatesWhenBuilt() {
        assertEquals("447700900123", new ShopSettings(new BigDecimal("84.5"), "+44 7700 900123", ShopIdentity.DEFAULTS).whatsappNumber());
        assertThrows(InvalidValueException.class, () -> new ShopSettings(BigDecimal.ZERO, "919876543210", ShopIdentity.DEFAULTS));
        assertThrows(InvalidValueException.class, () -> new ShopSettings(null, "919876543210", ShopIdentity.DEFAULTS));
        assertThrows(InvalidValueException.class, () -> new ShopSettings(BigDecimal.TEN, null, ShopIdentity.DEFAULTS));
    }
}
