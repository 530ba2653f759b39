package com.rangoliboutique.domain.image;

/**
 * How far an AI photo's garment colours moved from the owner's photo: the worst pair of dominant colours, as
 * CIEDE2000 (lightness weighted half, lighting matched), with the owner's names of both colours.
 *
 * @param deltaE         the distance of the worst pair (0 = the same colours)
 * @param originalColour the colour in the owner's photo, e.g. "maroon"
 * @param aiColour       what it became in the AI photo, e.g. "brick red"
 * @param differs        above the threshold the check ran with: the owner is asked to compare before approving
 */
public record ColourCheck(double deltaE, String originalColour, String aiColour, boolean differs) {

    public ColourCheck {
        if (!(deltaE >= 0) || Double.isInfinite(deltaE)) {
            throw new IllegalArgumentException("deltaE must be a distance of 0 or more, was " + deltaE);
        }
        if (originalColour == null || originalColour.isBlank() || aiColour == null || aiColour.isBlank()) {
            throw new IllegalArgumentException("both colours must be named");
        }
    }
}
