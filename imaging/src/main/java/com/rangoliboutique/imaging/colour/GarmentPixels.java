package com.rangoliboutique.imaging.colour;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The pixels of a photo that are the garment, in CIELAB, on a copy at most {@link #SIDE} pixels long: without the
 * backdrop (the colour the border is mostly made of, and the cream/white of a studio) and without skin tones.
 * Where leaving something out would leave almost nothing (a cream saree filling the frame), it stays in.
 */
final class GarmentPixels {

    static final int SIDE = 128;
    /** The backdrop's shading and the photo's noise stay within this of its colour (textile ΔE00). */
    private static final double BACKDROP_RADIUS = 12;
    private static final double KEEP_AT_LEAST = 0.08;
    /** Walls, sheets and floors are greyish: a border colour below this chroma is a backdrop whatever its extent. */
    private static final double PLAIN_BACKDROP = 20;
    /** A colourful border colour is a backdrop only if at least this share of the frame is something else. */
    private static final double MOSTLY_BACKDROP = 0.3;

    private GarmentPixels() {
    }

    /** The small copy, converted to Lab. */
    static Lab[][] downscaled(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1, SIDE / (double) Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        long[][] sum = new long[th * tw][3];
        int[] count = new int[th * tw];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int ty = Math.min(th - 1, (int) ((long) y * th / h));
            for (int x = 0; x < w; x++) {
                int tx = Math.min(tw - 1, (int) ((long) x * tw / w));
                int i = ty * tw + tx;
                int rgb = row[x];
                sum[i][0] += (rgb >> 16) & 0xff;
                sum[i][1] += (rgb >> 8) & 0xff;
                sum[i][2] += rgb & 0xff;
                count[i]++;
            }
        }
        Lab[][] lab = new Lab[th][tw];
        for (int i = 0; i < th * tw; i++) {
            int n = Math.max(1, count[i]);
            int rgb = (int) (sum[i][0] / n) << 16 | (int) (sum[i][1] / n) << 8 | (int) (sum[i][2] / n);
            lab[i / tw][i % tw] = Lab.ofRgb(rgb);
        }
        return lab;
    }

    /** The garment's pixels of the small copy; skin tones left out when {@code withoutSkin}. */
    static List<Lab> of(Lab[][] image, boolean withoutSkin) {
        List<Lab> all = new ArrayList<>();
        for (Lab[] row : image) {
            all.addAll(List.of(row));
        }
        List<Lab> garment = all;
        Lab backdrop = borderBackdrop(image);
        if (backdrop != null) {
            List<Lab> inside = keep(all, p -> Ciede2000.textile(p, backdrop) > BACKDROP_RADIUS);
            // a colourful "border" that covers most of the frame is the garment itself, photographed close
            if (inside.size() >= KEEP_AT_LEAST * all.size()
                    && (backdrop.chroma() < PLAIN_BACKDROP || inside.size() >= MOSTLY_BACKDROP * all.size())) {
                garment = inside;
            }
        }
        List<Lab> unpapered = keep(garment, p -> !studioBackdrop(p));
        if (unpapered.size() >= KEEP_AT_LEAST * all.size()) {
            garment = unpapered;
        }
        if (withoutSkin) {
            List<Lab> clothed = keep(garment, p -> !Skin.isSkin(p));
            if (clothed.size() >= KEEP_AT_LEAST * all.size()) {
                garment = clothed;
            }
        }
        return garment;
    }

    /** Cream, ivory, white and pale grey: the studio's paper and walls. */
    static boolean studioBackdrop(Lab p) {
        return p.l() > 82 && p.chroma() < 16;
    }

    /** The colour most of the border is made of, if the border is mostly one colour. */
    private static Lab borderBackdrop(Lab[][] image) {
        int h = image.length;
        int w = image[0].length;
        int frame = Math.max(1, Math.min(w, h) / 25);
        List<Lab> border = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < frame || y < frame || x >= w - frame || y >= h - frame) {
                    border.add(image[y][x]);
                }
            }
        }
        List<KMeans.Cluster> clusters = KMeans.clusters(border, 3);
        return clusters.isEmpty() || clusters.get(0).weight() < 0.5 ? null : clusters.get(0).centre();
    }

    private static List<Lab> keep(List<Lab> pixels, java.util.function.Predicate<Lab> test) {
        List<Lab> kept = new ArrayList<>(pixels.size());
        for (Lab p : pixels) {
            if (test.test(p)) {
                kept.add(p);
            }
        }
        return kept;
    }
}
