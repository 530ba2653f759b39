package com.rangoliboutique.imaging.colour;

/** A colour lit brighter or darker: its linear RGB scaled, as a camera's exposure does. */
final class Exposure {

    /**
     * How much the lighting of one colour may differ and still count as the same dye, in linear light (±20 % of sRGB
     * brightness is a factor of about 1.6: the rest of such a change is left to the half-weighted lightness).
     */
    static final double MAX_FACTOR = 1.3;

    private Exposure() {
    }

    /** {@code colour} with its luminance brought as near to {@code target}'s as {@link #MAX_FACTOR} allows. */
    static Lab matched(Lab colour, Lab target) {
        double y = luminance(colour.l());
        double wanted = luminance(target.l());
        if (y <= 0 || wanted <= 0) {
            return colour;
        }
        double factor = Math.max(1 / MAX_FACTOR, Math.min(MAX_FACTOR, wanted / y));
        // scaling X, Y, Z together keeps the chromaticity: f(t·x) in Lab is cbrt(t)·f(x) above the linear toe
        double k = Math.cbrt(factor);
        double fy = (colour.l() + 16) / 116;
        double fx = fy + colour.a() / 500;
        double fz = fy - colour.b() / 200;
        double nfy = k * fy;
        double nfx = k * fx;
        double nfz = k * fz;
        return new Lab(116 * nfy - 16, 500 * (nfx - nfy), 200 * (nfy - nfz));
    }

    private static double luminance(double l) {
        double fy = (l + 16) / 116;
        double cube = fy * fy * fy;
        return cube > 216.0 / 24389 ? cube : (116 * fy - 16) / (24389.0 / 27);
    }
}
