package com.rangoliboutique.imaging.colour;

/**
 * The CIEDE2000 colour difference (CIE 142-2001), as written out by Sharma, Wu and Dalal, "The CIEDE2000
 * color-difference formula: implementation notes, supplementary test data, and mathematical observations" (2005).
 * About 1 is the smallest difference an eye sees side by side; textile trade tolerances are a few units.
 */
public final class Ciede2000 {

    /** The textile industry's weighting: lightness counts half, so a photo lit brighter is not a different colour. */
    public static final double TEXTILE_KL = 2.0;

    private Ciede2000() {
    }

    /** ΔE00 with the reference weights kL = kC = kH = 1. */
    public static double distance(Lab x, Lab y) {
        return distance(x, y, 1, 1, 1);
    }

    /** ΔE00 with lightness weighted {@link #TEXTILE_KL}. */
    public static double textile(Lab x, Lab y) {
        return distance(x, y, TEXTILE_KL, 1, 1);
    }

    public static double distance(Lab x, Lab y, double kL, double kC, double kH) {
        double c1 = Math.hypot(x.a(), x.b());
        double c2 = Math.hypot(y.a(), y.b());
        double cMean = (c1 + c2) / 2;
        double c7 = Math.pow(cMean, 7);
        double g = 0.5 * (1 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
        double a1 = (1 + g) * x.a();
        double a2 = (1 + g) * y.a();
        double c1p = Math.hypot(a1, x.b());
        double c2p = Math.hypot(a2, y.b());
        double h1p = hueAngle(x.b(), a1);
        double h2p = hueAngle(y.b(), a2);

        double dLp = y.l() - x.l();
        double dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) {
            dhp = 0;
        } else if (Math.abs(h2p - h1p) <= 180) {
            dhp = h2p - h1p;
        } else if (h2p - h1p > 180) {
            dhp = h2p - h1p - 360;
        } else {
            dhp = h2p - h1p + 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));

        double lMean = (x.l() + y.l()) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hpMean;
        if (c1p * c2p == 0) {
            hpMean = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hpMean = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hpMean = (h1p + h2p + 360) / 2;
        } else {
            hpMean = (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hpMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hpMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hpMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hpMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hpMean - 275) / 25, 2));
        double cp7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cp7 / (cp7 + Math.pow(25, 7)));
        double l50 = (lMean - 50) * (lMean - 50);
        double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;

        double lTerm = dLp / (kL * sl);
        double cTerm = dCp / (kC * sc);
        double hTerm = dHp / (kH * sh);
        return Math.sqrt(lTerm * lTerm + cTerm * cTerm + hTerm * hTerm + rt * cTerm * hTerm);
    }

    private static double hueAngle(double b, double aPrime) {
        if (b == 0 && aPrime == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, aPrime));
        return h < 0 ? h + 360 : h;
    }
}
