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
