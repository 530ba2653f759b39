package com.rangoliboutique.imaging.colour;

/**
 * A colour in CIELAB (D65 white, the sRGB standard's): {@code l} 0–100, {@code a} green–red, {@code b} blue–yellow.
 */
public record Lab(double l, double a, double b) {

    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    /** The sRGB colour {@code 0xRRGGBB} (alpha ignored) in CIELAB. */
    public static Lab ofRgb(int rgb) {
        double r = LINEAR[(rgb >> 16) & 0xff];
        double g = LINEAR[(rgb >> 8) & 0xff];
        double bl = LINEAR[rgb & 0xff];
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * bl;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * bl;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * bl;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** Back to sRGB {@code 0xRRGGBB}, clipped to the gamut. */
    public int toRgb() {
        double fy = (l + 16) / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double x = XN * fInverse(fx);
        double y = YN * fInverse(fy);
        double z = ZN * fInverse(fz);
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return (encode(r) << 16) | (encode(g) << 8) | encode(bl);
    }

    /** Chroma, the distance from grey. */
    public double chroma() {
        return Math.hypot(a, b);
    }

    /** Hue angle in degrees, 0–360. */
    public double hue() {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    /** Plain Euclidean distance (CIE76), what k-means clusters by. */
    public double distance76(Lab other) {
        double dl = l - other.l;
        double da = a - other.a;
        double db = b - other.b;
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double fInverse(double t) {
        double cube = t * t * t;
        return cube > 216.0 / 24389 ? cube : (116 * t - 16) / (24389.0 / 27);
    }

    private static int encode(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }
}
