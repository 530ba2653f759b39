package com.rangoliboutique.domain;

/** A status change the rules refuse, e.g. marking a draft sold out. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
