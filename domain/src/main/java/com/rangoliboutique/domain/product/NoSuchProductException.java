package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.InvalidValueException;

/** The owner named a dress ID no product has: "There is no product D-9999." */
public class NoSuchProductException extends InvalidValueException {

    public NoSuchProductException(DressId dressId) {
        super("There is no product " + dressId + ".");
    }
}
