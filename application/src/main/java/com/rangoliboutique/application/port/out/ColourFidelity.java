package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.image.ColourCheck;

/** Measures how far an AI photo's garment colours moved from the owner's photo. */
public interface ColourFidelity {

    /**
     * Compares the garment in both photos (backdrop and skin left out).
     *
     * @throws RuntimeException when the photos cannot be compared; the AI photo goes to the owner without the check
     */
    ColourCheck check(byte[] originalJpeg, byte[] aiJpeg);
}
