package com.rangoliboutique.domain;

/** A value typed by a person (dress ID, price, rate, phone number…) that cannot be used. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String message) {
        super(message);
    }
}
