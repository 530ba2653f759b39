package com.rangoliboutique.imaging.colour;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How far an AI photo's garment colours moved from the owner's photo. Each photo's garment (backdrop and skin left
 * out, see {@link GarmentPixels}) is reduced to its dominant colours by k-means in CIELAB; every major colour of
 * either photo is paired with the nearest colour of the other, and the worst pair is the answer. Distances are
 * CIEDE2000 with lightness weighted half (kL = 2, the textile industry's choice), so a photo lit brighter or darker
 * is not a colour change, while a hue or saturation drift is.
 */
public final class ColourFidelityCheck {

    private static final int K = 6;
    /** Clusters smaller than this are noise, stray pixels, shadows at the edge. */
    private static final double NOISE = 0.04;
    /** A colour counts as one of the garment's own above this share of its pixels. */
    private static final double MAJOR = 0.12;

    /** Compares two encoded photos (JPEG, PNG: what ImageIO reads). */
    public ColourShift compare(byte[] original, byte[] ai) {
        return compare(read(original, "original"), read(ai, "AI"));
    }

    public ColourShift compare(BufferedImage original, BufferedImage ai) {
        List<KMeans.Cluster> before = dominant(original);
        List<KMeans.Cluster> after = dominant(ai);
        if (before.isEmpty() || after.isEmpty()) {
            throw new IllegalArgumentException("a photo has no pixels to compare");
        }
        ColourShift worst = worst(before, after, false, null);
        return worst(after, before, true, worst);
    }

    /** The dominant colours of a photo's garment, noise left out, largest first. */
    List<KMeans.Cluster> dominant(BufferedImage image) {
        List<Lab> garment = GarmentPixels.of(GarmentPixels.downscaled(image), true);
        List<KMeans.Cluster> clusters = KMeans.clusters(garment, K);
        List<KMeans.Cluster> kept = clusters.stream().filter(c -> c.weight() >= NOISE).toList();
        return kept.isEmpty() ? clusters : kept;
    }

    /** Each major colour of {@code from} against its nearest in {@code to}; the worst, or {@code sofar} if worse. */
    private static ColourShift worst(List<KMeans.Cluster> from, List<KMeans.Cluster> to, boolean reversed,
                                     ColourShift sofar) {
        ColourShift worst = sofar;
        for (KMeans.Cluster colour : from) {
            if (colour.weight() < MAJOR && colour != from.get(0)) {
                continue;
            }
            KMeans.Cluster nearest = null;
            double distance = Double.MAX_VALUE;
            for (KMeans.Cluster other : to) {
                double d = Ciede2000.textile(colour.centre(), other.centre());
                if (d < distance) {
                    distance = d;
                    nearest = other;
                }
            }
            if (worst == null || distance > worst.deltaE()) {
                worst = reversed ? new ColourShift(distance, nearest.centre(), colour.centre())
                        : new ColourShift(distance, colour.centre(), nearest.centre());
            }
        }
        return worst;
    }

    private static BufferedImage read(byte[] bytes, String which) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("the " + which + " photo is not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the " + which + " photo", e);
        }
    }
}
