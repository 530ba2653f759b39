package com.rangoliboutique.imaging.colour;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sharma, Wu and Dalal (2005), table 1: test pairs with their published ΔE00 (four decimals). */
class Ciede2000Test {

    @ParameterizedTest(name = "pair {0}")
    @CsvSource({
            "1,  50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425",
            "2,  50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615",
            "3,  50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412",
            "4,  50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000",
            "7,  50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669",
            "9,  50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792",
            "11, 50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195",
            "13, 50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045",
            "15, 50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461",
            "17, 50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492",
            "19, 50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030",
            "22, 50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000",
            "25, 60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644",
            "28, 35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645",
            "30, 36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146",
            "32, 90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381",
            "34, 2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082",
    })
    void reproducesThePublishedTestPairs(int pair, double l1, double a1, double b1, double l2, double a2, double b2,
                                         double expected) {
        Lab x = new Lab(l1, a1, b1);
        Lab y = new Lab(l2, a2, b2);
        assertEquals(expected, Ciede2000.distance(x, y), 0.00005, "pair " + pair);
        assertEquals(expected, Ciede2000.distance(y, x), 0.00005, "pair " + pair + " swapped");
    }

    @Test
    void textileWeightingHalvesALightnessOnlyDifference() {
        Lab darker = new Lab(50, 20, 10);
        Lab lighter = new Lab(60, 20, 10);
        assertEquals(Ciede2000.distance(darker, lighter) / 2, Ciede2000.textile(darker, lighter), 1e-9);
    }

    @Test
    void srgbToLabMatchesTheReferenceValues() {
        Lab white = Lab.ofRgb(0xFFFFFF);
        assertEquals(100, white.l(), 0.01);
        assertEquals(0, white.a(), 0.01);
        assertEquals(0, white.b(), 0.01);
        Lab red = Lab.ofRgb(0xFF0000);   // Bruce Lindbloom's calculator, D65 sRGB
        assertEquals(53.24, red.l(), 0.01);
        assertEquals(80.09, red.a(), 0.01);
        assertEquals(67.20, red.b(), 0.01);
        assertEquals(0x800000, Lab.ofRgb(0x800000).toRgb());
    }
}
