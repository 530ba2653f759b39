package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.imaging.colour.ColourFidelityCheck;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The colour check on every AI photo (README "Colour check"), bound from {@code colour-check.*}.
 *
 * @param threshold above this CIEDE2000 distance ({@code COLOUR_DELTA_E_MAX}, lightness weighted half) the preview
 *                  card warns that the colours may differ; the default is calibrated on the test set
 */
@ConfigurationProperties("colour-check")
public record ColourCheckProperties(@Bindable(defaultValue = "7.0") double threshold) {

    public static final double DEFAULT_THRESHOLD = ColourFidelityCheck.DEFAULT_DELTA_E_MAX;

    public ColourCheckProperties {
        if (!(threshold > 0) || threshold > 100) {
            throw new IllegalArgumentException("COLOUR_DELTA_E_MAX: \"" + threshold + "\" is out of range, use a"
                    + " CIEDE2000 distance above 0, e.g. " + DEFAULT_THRESHOLD);
        }
    }
}
