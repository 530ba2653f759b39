package com.rangoliboutique.imaging.colour;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The colour names a boutique owner uses, each with a typical shade; a colour is named by the nearest (CIEDE2000). */
public final class NamedColours {

    private static final Map<String, Lab> PALETTE = new LinkedHashMap<>();

    static {
        name("maroon", 0x7A1A2A);
        name("wine", 0x5A1835);
        name("brick red", 0xB33A2E);
        name("red", 0xD0202A);
        name("rust", 0xB7410E);
        name("orange", 0xF07B1E);
        name("peach", 0xF6B58F);
        name("mustard", 0xD4A017);
        name("yellow", 0xF5D90A);
        name("gold", 0xC9A43B);
        name("beige", 0xD8C3A0);
        name("cream", 0xF3E9D2);
        name("ivory", 0xFFFCEE);
        name("white", 0xFFFFFF);
        name("silver", 0xC0C0C6);
        name("grey", 0x808080);
        name("black", 0x141414);
        name("brown", 0x6B3E23);
        name("emerald", 0x1E8A4F);
        name("bottle green", 0x0B4A2E);
        name("parrot green", 0x62B52E);
        name("mint", 0xA8DCC0);
        name("teal", 0x08787F);
        name("turquoise", 0x30C5C0);
        name("peacock blue", 0x005F7F);
        name("sky blue", 0x87BFE8);
        name("royal blue", 0x2450B8);
        name("navy", 0x1B2452);
        name("purple", 0x5E2A84);
        name("lavender", 0xB7A3D9);
        name("magenta", 0xC21E80);
        name("rani pink", 0xE0218A);
        name("baby pink", 0xF4C2CF);
        name("onion pink", 0xD99A9E);
    }

    private NamedColours() {
    }

    private static void name(String name, int rgb) {
        PALETTE.put(name, Lab.ofRgb(rgb));
    }

    /** The owner's name for the colour. */
    public static String nameOf(Lab colour) {
        return PALETTE.entrySet().stream()
                .min(Comparator.comparingDouble(e -> Ciede2000.distance(colour, e.getValue())))
                .orElseThrow().getKey();
    }

    /** The typical shade of a name in the palette. */
    public static Lab shadeOf(String name) {
        Lab lab = PALETTE.get(name);
        if (lab == null) {
            throw new IllegalArgumentException("no colour named \"" + name + "\" in the palette");
        }
        return lab;
    }
}
