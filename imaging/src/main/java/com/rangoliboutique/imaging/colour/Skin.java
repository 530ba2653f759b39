package com.rangoliboutique.imaging.colour;

/**
 * A conservative skin-tone range: moderate lightness, orange-red hue, low-to-moderate chroma (light to dark skin under
 * studio light). Saturated garment reds, maroons and rusts stay out of it; peach and some browns fall in.
 */
final class Skin {

    private Skin() {
    }

    static boolean isSkin(Lab p) {
        double hue = p.hue();
        double chroma = p.chroma();
        return p.l() >= 30 && p.l() <= 88
                && hue >= 35 && hue <= 70
                && chroma >= 10 && chroma <= 38
                && p.a() > 6;
    }
}
