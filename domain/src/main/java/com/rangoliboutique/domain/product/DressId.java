package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number the owner and buyers use for a dress, shown as {@code D-1042}. */
public record DressId(int number) {

    public static final int FIRST = 1001;
    private static final Pattern FORM = Pattern.compile("(?:[Dd][ -]?)?(\\d+)");

    public DressId {
        if (number < FIRST) {
            throw new InvalidValueException("D-" + number + " is not a dress ID — dress IDs start at D-" + FIRST + ".");
        }
    }

    /** From the database sequence {@code dress_id_seq}. */
    public static DressId of(long sequenceValue) {
        if (sequenceValue != (int) sequenceValue) {
            throw tooLarge(sequenceValue);
        }
        return new DressId((int) sequenceValue);
    }

    /** Accepts {@code D-1042}, {@code d1042}, {@code D 1042} or {@code 1042}. */
    public static DressId parse(String ownerInput) {
        if (ownerInput == null || ownerInput.isBlank()) {
            throw new InvalidValueException("The dress ID is missing — use the form D-1042.");
        }
        DressId canonical = canonical(ownerInput);
        if (canonical != null) {
            return canonical;
        }
        Matcher matcher = FORM.matcher(ownerInput.strip());
        if (!matcher.matches()) {
            throw new InvalidValueException(Texts.quote(ownerInput) + " is not a dress ID — use the form D-1042.");
        }
        String digits = matcher.group(1).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 10) {
            throw tooLarge(digits);
        }
        return of(Long.parseLong(digits));
    }

    /** {@code D-1042} exactly (the form every link and page uses), without a regular expression; else null. */
    private static DressId canonical(String text) {
        int length = text.length();
        if (length < 3 || length > 11 || text.charAt(0) != 'D' || text.charAt(1) != '-' || text.charAt(2) == '0') {
            return null;
        }
        int number = 0;
        for (int i = 2; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            number = number * 10 + (c - '0');
            if (number < 0 || number > 999_999_999) {
                return null;
            }
        }
        return number < FIRST ? null : new DressId(number);
    }

    private static InvalidValueException tooLarge(Object number) {
        return new InvalidValueException("D-" + number + " is not a dress ID — the number is too large.");
    }

    public String value() {
        return "D-" + number;
    }

    @Override
    public String toString() {
        return value();
    }
}
