package com.rangoliboutique.application.port.out;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link DigestClaims} promises, against the in-memory fake and PostgreSQL. */
public interface DigestClaimsContract {

    DigestClaims digestClaims();

    @Test
    default void aDayIsClaimedOnceUntilGivenBack() {
        LocalDate day = LocalDate.of(2026, 12, 10);

        assertTrue(digestClaims().claim(day));
        assertFalse(digestClaims().claim(day), "claimed already");
        assertTrue(digestClaims().claim(day.plusDays(1)), "another day is free");

        digestClaims().release(day);
        assertTrue(digestClaims().claim(day), "given back, claimed again");
        digestClaims().release(LocalDate.of(2020, 1, 1)); // never claimed: nothing happens
    }
}
