package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;

/** One choice a buyer can make, e.g. Size: Free Size or Color: Red with Gold Border. */
public record Variant(String type, String value, int sortOrder) {

    public static final int MAX_TYPE_LENGTH = 50;
    public static final int MAX_VALUE_LENGTH = 100;

    public Variant {
        type = type == null ? "" : type.strip();
        value = value == null ? "" : value.strip();
        if (type.isEmpty()) {
            throw new InvalidValueException("A variant needs a type, like Size or Color.");
        }
        if (Texts.length(type) > MAX_TYPE_LENGTH) {
            throw new InvalidValueException("The variant type " + Texts.quote(type) + " is longer than "
                    + MAX_TYPE_LENGTH + " characters — shorten it.");
        }
        if (value.isEmpty()) {
            throw new InvalidValueException("The variant " + type + " needs a value, like " + type + ": Free Size.");
        }
        if (Texts.length(value) > MAX_VALUE_LENGTH) {
            throw new InvalidValueException("The variant value " + Texts.quote(value) + " is longer than "
                    + MAX_VALUE_LENGTH + " characters — shorten it.");
        }
        if (sortOrder < 0) {
            throw new IllegalArgumentException("sortOrder must not be negative, was " + sortOrder);
        }
    }
}
