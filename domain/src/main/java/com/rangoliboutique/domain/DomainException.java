package com.rangoliboutique.domain;

/** An error the shop owner or a buyer caused; the message is plain English meant for that person. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
