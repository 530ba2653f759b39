package com.rangoliboutique.imaging.colour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * k-means in CIELAB with k-means++ seeding from a fixed seed: the same pixels always give the same clusters.
 */
final class KMeans {

    private static final long SEED = 17;
    private static final int MAX_ROUNDS = 20;

    private KMeans() {
    }

    /** The clusters of {@code pixels} (at most {@code k}), largest first; weights are shares of all pixels. */
    static List<Cluster> clusters(List<Lab> pixels, int k) {
        int n = pixels.size();
        if (n == 0) {
            return List.of();
        }
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            Lab p = pixels.get(i);
            points[i] = new double[]{p.l(), p.a(), p.b()};
        }
        double[][] centres = seed(points, Math.min(k, n));
        int[] assigned = new int[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = assign(points, centres, assigned) || round == 0;
            double[][] sums = new double[centres.length][3];
            int[] counts = new int[centres.length];
            for (int i = 0; i < n; i++) {
                int c = assigned[i];
                counts[c]++;
                sums[c][0] += points[i][0];
                sums[c][1] += points[i][1];
                sums[c][2] += points[i][2];
            }
            for (int c = 0; c < centres.length; c++) {
                if (counts[c] > 0) {
                    centres[c] = new double[]{sums[c][0] / counts[c], sums[c][1] / counts[c], sums[c][2] / counts[c]};
                }
            }
            if (!moved) {
                break;
            }
        }
        int[] counts = new int[centres.length];
        for (int c : assigned) {
            counts[c]++;
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < centres.length; c++) {
            if (counts[c] > 0) {
                clusters.add(new Cluster(new Lab(centres[c][0], centres[c][1], centres[c][2]), counts[c] / (double) n));
            }
        }
        clusters.sort(Comparator.comparingDouble(Cluster::weight).reversed());
        return List.copyOf(clusters);
    }

    private static double[][] seed(double[][] points, int k) {
        Random random = new Random(SEED);
        double[][] centres = new double[k][];
        centres[0] = points[random.nextInt(points.length)].clone();
        double[] nearest = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            nearest[i] = squared(points[i], centres[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double d : nearest) {
                total += d;
            }
            int chosen = 0;
            if (total > 0) {
                double target = random.nextDouble() * total;
                double running = 0;
                for (int i = 0; i < points.length; i++) {
                    running += nearest[i];
                    if (running >= target) {
                        chosen = i;
                        break;
                    }
                }
            }
            centres[c] = points[chosen].clone();
            for (int i = 0; i < points.length; i++) {
                nearest[i] = Math.min(nearest[i], squared(points[i], centres[c]));
            }
        }
        return centres;
    }

    private static boolean assign(double[][] points, double[][] centres, int[] assigned) {
        boolean moved = false;
        for (int i = 0; i < points.length; i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < centres.length; c++) {
                double d = squared(points[i], centres[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (assigned[i] != best) {
                assigned[i] = best;
                moved = true;
            }
        }
        return moved;
    }

    private static double squared(double[] x, double[] y) {
        double dl = x[0] - y[0];
        double da = x[1] - y[1];
        double db = x[2] - y[2];
        return dl * dl + da * da + db * db;
    }

    /** A dominant colour and the share of the pixels it stands for (0–1). */
    record Cluster(Lab centre, double weight) {
    }
}
