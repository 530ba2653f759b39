package com.rangoliboutique.imaging.colour;

/**
 * How far the garment's colours moved between two photos: the worst pair of dominant colours, as textile CIEDE2000
 * (lightness weighted half).
 *
 * @param deltaE    the worst pair's distance
 * @param original  that colour in the first photo
 * @param changed   the nearest colour to it in the second
 */
public record ColourShift(double deltaE, Lab original, Lab changed) {

    /** The owner's name of {@link #original()}. */
    public String originalName() {
        return NamedColours.nameOf(original);
    }

    /** The owner's name of {@link #changed()}. */
    public String changedName() {
        return NamedColours.nameOf(changed);
    }
}
