package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A price in Indian rupees, kept in paise (₹12,500 = 1250000). */
public record Price(long paise) {

    public static final long MAX_RUPEES = 10_000_000;
    public static final long MAX_PAISE = MAX_RUPEES * 100;

    private static final Pattern CURRENCY = Pattern.compile("^(?:₹|rs\\.?|inr)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DASH_SUFFIX = Pattern.compile("\\s*/-$");
    // plain digits, or digits grouped by commas the Indian (1,25,000) or Western (125,000) way
    private static final Pattern AMOUNT =
            Pattern.compile("(-?)(\\d{1,3}(?:,\\d{2,3})*,\\d{3}|\\d+)(?:\\.(\\d+))?");
    private static final String EXAMPLE = "write it in rupees, like 12500 or ₹12,500.";

    public Price {
        if (paise <= 0) {
            throw new InvalidValueException("The price must be more than ₹0.");
        }
        if (paise > MAX_PAISE) {
            throw new InvalidValueException(tooLarge(BigDecimal.valueOf(paise, 2)));
        }
    }

    public static Price ofRupees(long rupees) {
        if (rupees > MAX_RUPEES) {
            throw new InvalidValueException(tooLarge(BigDecimal.valueOf(rupees)));
        }
        return new Price(Math.max(rupees, 0) * 100);
    }

    /** Accepts what an Indian shop owner types: {@code 12500}, {@code ₹12,500}, {@code Rs. 1,25,000}, {@code 12500/-}, {@code 12500.50}. */
    public static Price parse(String ownerInput) {
        if (ownerInput == null || ownerInput.isBlank()) {
            throw new InvalidValueException("The price is missing — " + EXAMPLE);
        }
        String text = DASH_SUFFIX.matcher(CURRENCY.matcher(ownerInput.strip()).replaceFirst("")).replaceFirst("");
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            String hint = text.matches("[\\d,]+(\\.\\d+)?")
                    ? " has the commas in the wrong places — write it like 12,500 or 1,25,000."
                    : " is not a price — " + EXAMPLE;
            throw new InvalidValueException(Texts.quote(ownerInput) + hint);
        }
        String decimals = matcher.group(3);
        if (decimals != null && decimals.length() > 2) {
            throw new InvalidValueException(Texts.quote(ownerInput)
                    + " has more than 2 digits after the decimal point — write paise like 12500.50.");
        }
        BigDecimal rupees = new BigDecimal(matcher.group(1) + matcher.group(2).replace(",", "")
                + (decimals == null ? "" : "." + decimals));
        if (rupees.signum() <= 0) {
            throw new InvalidValueException(Texts.quote(ownerInput) + " is not a price — the price must be more than ₹0.");
        }
        if (rupees.compareTo(BigDecimal.valueOf(MAX_RUPEES)) > 0) {
            throw new InvalidValueException(tooLarge(rupees));
        }
        return new Price(rupees.movePointRight(2).longValueExact());
    }

    /** Whole rupees; paise are dropped. */
    public long rupees() {
        return paise / 100;
    }

    /** {@code ₹12,500}, {@code ₹1,25,000}, {@code ₹12,500.50}. */
    public String display() {
        return "₹" + indian(BigDecimal.valueOf(paise, 2));
    }

    /** Approximate US dollars, rounded half-even like Python's {@code round(rupees / usd_fx_rate)}. */
    public long usdApprox(BigDecimal usdFxRate) {
        if (usdFxRate == null || usdFxRate.signum() <= 0) {
            throw new IllegalArgumentException("usdFxRate must be positive, was " + usdFxRate);
        }
        return BigDecimal.valueOf(paise, 2).divide(usdFxRate, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** {@code ~$151}. */
    public String usdDisplay(BigDecimal usdFxRate) {
        return "~$" + usdApprox(usdFxRate);
    }

    private static String tooLarge(BigDecimal rupees) {
        return "₹" + indian(rupees) + " is more than the ₹" + indian(BigDecimal.valueOf(MAX_RUPEES))
                + " limit — check the number.";
    }

    /** Indian digit grouping: last three digits, then pairs (1,23,45,678); paise only when not zero. */
    private static String indian(BigDecimal rupees) {
        BigDecimal whole = rupees.setScale(0, RoundingMode.DOWN);
        String digits = whole.toPlainString();
        String grouped = digits.length() <= 3 ? digits
                : digits.substring(0, digits.length() - 3).replaceAll("\\B(?=(\\d{2})+$)", ",")
                + "," + digits.substring(digits.length() - 3);
        BigDecimal fraction = rupees.subtract(whole);
        return fraction.signum() == 0 ? grouped
                : grouped + fraction.setScale(2, RoundingMode.DOWN).toPlainString().substring(1);
    }
}
