package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.application.port.out.ColourFidelity;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.imaging.colour.ColourFidelityCheck;
import com.rangoliboutique.imaging.colour.ColourShift;
import jakarta.inject.Singleton;

/**
 * The AI photo's garment colours against the owner's photo, measured in this process by the imaging module's
 * {@link ColourFidelityCheck} (k-means in CIELAB, CIEDE2000); above {@link ColourCheckProperties#threshold()} they
 * are said to differ.
 */
@Singleton
public class ColourFidelityCheckAdapter implements ColourFidelity {

    private final ColourFidelityCheck check = new ColourFidelityCheck();
    private final double threshold;

    public ColourFidelityCheckAdapter(ColourCheckProperties properties) {
        this.threshold = properties.threshold();
    }

    @Override
    public ColourCheck check(byte[] originalJpeg, byte[] aiJpeg) {
        ColourShift shift = check.compare(originalJpeg, aiJpeg);
        double deltaE = Math.round(shift.deltaE() * 10) / 10.0;
        return new ColourCheck(deltaE, shift.originalName(), shift.changedName(), shift.deltaE() > threshold);
    }
}
