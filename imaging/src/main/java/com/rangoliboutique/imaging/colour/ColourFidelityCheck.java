package com.rangoliboutique.imaging.colour;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far an AI photo's garment colours moved from the owner's photo. Each photo's garment (backdrop and skin left
 * out, see {@link GarmentPixels}) is reduced to its dominant colours by k-means in CIELAB; every major colour of
 * either photo is paired with the nearest colour of the other, and the worst pair is the answer. Distances are
 * CIEDE2000 with lightness weighted half (kL = 2, the textile industry's choice), so a photo lit brighter or darker
 * is not a colour change, while a hue or saturation drift is.
 */
public final class ColourFidelityCheck {

    /** Above this (textile ΔE00) the AI photo's colours are said to differ: calibrated, README "Colour check". */
    public static final double DEFAULT_DELTA_E_MAX = 7.0;

    private static final int K = 6;
    /** Clusters smaller than this are noise, stray pixels, shadows at the edge. */
    private static final double NOISE = 0.04;
    /** A colour counts as one of the garment's own above this share of its pixels. */
    private static final double MAJOR = 0.12;
    /** A share of the garment that, moved onto a far colour, means the colours changed. */
    private static final double SWAPPED = 0.2;

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
        ColourShift worst = nearest(before, after, false, null);
        worst = nearest(after, before, true, worst);
        return transported(before, after, worst);
    }

    /** The dominant colours of a photo's garment, noise left out, largest first. */
    List<KMeans.Cluster> dominant(BufferedImage image) {
        List<Lab> garment = GarmentPixels.of(GarmentPixels.downscaled(image), true);
        List<KMeans.Cluster> clusters = KMeans.clusters(garment, K);
        List<KMeans.Cluster> kept = clusters.stream().filter(c -> c.weight() >= NOISE).toList();
        return kept.isEmpty() ? clusters : kept;
    }

    /**
     * The distance of two dominant colours: textile CIEDE2000 after lighting the second like the first (its linear
     * RGB scaled to the same luminance, within {@link Exposure#MAX_FACTOR}) — the same dye under another lamp.
     */
    static double distance(Lab original, Lab changed) {
        return Ciede2000.textile(original, Exposure.matched(changed, original));
    }

    /** Each major colour of {@code from} against its nearest in {@code to}; the worst, or {@code sofar} if worse. */
    private static ColourShift nearest(List<KMeans.Cluster> from, List<KMeans.Cluster> to, boolean reversed,
                                       ColourShift sofar) {
        ColourShift worst = sofar;
        for (KMeans.Cluster colour : from) {
            if (colour.weight() < MAJOR && colour != from.get(0)) {
                continue;
            }
            KMeans.Cluster nearest = null;
            double best = Double.MAX_VALUE;
            for (KMeans.Cluster other : to) {
                double d = reversed ? distance(other.centre(), colour.centre()) : distance(colour.centre(), other.centre());
                if (d < best) {
                    best = d;
                    nearest = other;
                }
            }
            if (worst == null || best > worst.deltaE()) {
                worst = reversed ? new ColourShift(best, nearest.centre(), colour.centre())
                        : new ColourShift(best, colour.centre(), nearest.centre());
            }
        }
        return worst;
    }

    /**
     * The colours' shares moved from one photo onto the other, nearest pairs first (a greedy transport): a pair that
     * has to carry {@link #SWAPPED} of the garment and is far apart means colours changed places — a maroon saree
     * with a gold border come back gold with a maroon border.
     */
    private static ColourShift transported(List<KMeans.Cluster> before, List<KMeans.Cluster> after,
                                           ColourShift sofar) {
        double[] left = shares(before);
        double[] right = shares(after);
        record Edge(int from, int to, double distance) {
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < after.size(); j++) {
                edges.add(new Edge(i, j, distance(before.get(i).centre(), after.get(j).centre())));
            }
        }
        edges.sort(Comparator.comparingDouble(Edge::distance));
        ColourShift worst = sofar;
        for (Edge edge : edges) {
            double flow = Math.min(left[edge.from()], right[edge.to()]);
            if (flow <= 0) {
                continue;
            }
            left[edge.from()] -= flow;
            right[edge.to()] -= flow;
            if (flow >= SWAPPED && edge.distance() > worst.deltaE()) {
                worst = new ColourShift(edge.distance(), before.get(edge.from()).centre(), after.get(edge.to()).centre());
            }
        }
        return worst;
    }

    private static double[] shares(List<KMeans.Cluster> clusters) {
        double total = clusters.stream().mapToDouble(KMeans.Cluster::weight).sum();
        return clusters.stream().mapToDouble(c -> c.weight() / total).toArray();
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
