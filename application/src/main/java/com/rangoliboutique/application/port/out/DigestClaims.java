package com.rangoliboutique.application.port.out;

import java.time.LocalDate;

/** One digest per shop day, whichever process and however often it asks: the first claim of a day wins. */
public interface DigestClaims {

    /** @return true when this call claimed {@code day}; false when the day was claimed before (by anyone) */
    boolean claim(LocalDate day);

    /** Gives the day back (its digest could not be sent), so a later claim succeeds again. */
    void release(LocalDate day);
}
