package com.rangoliboutique.domain.settings;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the owner sets from Telegram: rupees per US dollar (for the approximate dollar prices), the
 * WhatsApp number buyers write to, as digits with country code and no {@code +}, and whose shop it is.
 */
public record ShopSettings(BigDecimal usdFxRate, String whatsappNumber, ShopIdentity identity) {

    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(1000);
    private static final int MAX_RATE_DECIMALS = 4;
    private static final String RATE_EXAMPLE = "send the rupees for one US dollar, like /setrate 84.5.";
    private static final String PHONE_EXAMPLE = "+91 98765 43210";

    /** The seed values of the settings table. */
    public static final ShopSettings DEFAULTS = new ShopSettings(new BigDecimal("83.00"), "919876543210",
            ShopIdentity.DEFAULTS);

    public ShopSettings {
        usdFxRate = checkFxRate(usdFxRate);
        whatsappNumber = normaliseWhatsappNumber(whatsappNumber);
        Objects.requireNonNull(identity, "identity");
    }

    public ShopSettings withUsdFxRate(BigDecimal rate) {
        return new ShopSettings(rate, whatsappNumber, identity);
    }

    public ShopSettings withWhatsappNumber(String number) {
        return new ShopSettings(usdFxRate, number, identity);
    }

    public ShopSettings withIdentity(ShopIdentity shop) {
        return new ShopSettings(usdFxRate, whatsappNumber, shop);
    }

    /** Accepts {@code 84.5}, {@code 84}, {@code 84.50}. */
    public static BigDecimal parseFxRate(String ownerInput) {
        if (ownerInput == null || ownerInput.isBlank()) {
            throw new InvalidValueException("The exchange rate is missing — " + RATE_EXAMPLE);
        }
        String text = ownerInput.strip();
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new InvalidValueException(Texts.quote(text) + " is not an exchange rate — " + RATE_EXAMPLE);
        }
        return checkFxRate(new BigDecimal(text));
    }

    private static BigDecimal checkFxRate(BigDecimal rate) {
        if (rate == null) {
            throw new InvalidValueException("The exchange rate is missing — " + RATE_EXAMPLE);
        }
        if (rate.signum() <= 0) {
            throw new InvalidValueException("The exchange rate must be more than 0 — " + RATE_EXAMPLE);
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            throw new InvalidValueException(rate.toPlainString() + " rupees for one dollar is more than the limit of "
                    + MAX_RATE + " — check the number.");
        }
        if (rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
            throw new InvalidValueException(rate.toPlainString() + " has more than " + MAX_RATE_DECIMALS
                    + " decimals — write it like 84.5 or 83.2575.");
        }
        return rate;
    }

    /** {@code +91 98765 43210}, {@code 91-98765-43210}, {@code (91) 9876543210} all become {@code 919876543210}. */
    public static String normaliseWhatsappNumber(String ownerInput) {
        if (ownerInput == null || ownerInput.isBlank()) {
            throw new InvalidValueException("The WhatsApp number is missing — write it like " + PHONE_EXAMPLE + ".");
        }
        String text = ownerInput.strip();
        if (!text.matches("\\+?[\\d\\s().-]+")) {
            throw new InvalidValueException(Texts.quote(text) + " is not a phone number — use only digits, like "
                    + PHONE_EXAMPLE + ".");
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2); // international dialling prefix, same as +
        }
        if (digits.length() == 10 || digits.startsWith("0")) {
            throw new InvalidValueException("Add the country code — for India write " + PHONE_EXAMPLE + ".");
        }
        if (digits.length() < 11 || digits.length() > 15) {
            throw new InvalidValueException(Texts.quote(text) + " is not a WhatsApp number — with the country code it"
                    + " should have 11 to 15 digits, like " + PHONE_EXAMPLE + ".");
        }
        return digits;
    }
}
