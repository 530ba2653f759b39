package com.rangoliboutique.imaging.colour;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * Saree-like pictures drawn for the colour check's calibration: the owner's photo (the saree laid flat on a cream
 * backdrop) and "AI photos" (the saree draped on a figure with a face and arms, a studio backdrop, folds), each from a
 * garment's three colours — body, border, motifs. Deterministic: the same arguments always draw the same pixels.
 */
final class GarmentPictures {

    static final int WIDTH = 480;
    static final int HEIGHT = 640;
    private static final int CREAM = 0xF1E6CF;
    private static final int STUDIO = 0xE9E4DC;
    private static final int SKIN = 0xC68E6E;

    /** A garment's colours. */
    record Garment(int body, int border, int motif) {

        static Garment maroonSilk() {
            return new Garment(0x7A1426, 0xC9A43B, 0x1E6B3A);
        }

        static Garment navyGeorgette() {
            return new Garment(0x1B2A5C, 0xC0C0C6, 0xE0218A);
        }

        static Garment mustardCotton() {
            return new Garment(0xD4A017, 0x7A1426, 0x1B2A5C);
        }

        /** The same garment with every colour's hue turned by {@code degrees} (lightness and chroma kept). */
        Garment hueTurned(double degrees) {
            return new Garment(turn(body, degrees), turn(border, degrees), turn(motif, degrees));
        }

        /** The hue turn that moves the body colour by {@code deltaE} (CIEDE2000), found by bisection. */
        double turnFor(double deltaE) {
            double low = 0;
            double high = 120;
            for (int i = 0; i < 60; i++) {
                double mid = (low + high) / 2;
                double d = Ciede2000.distance(exact(body), exactTurn(body, mid));
                if (d < deltaE) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return (low + high) / 2;
        }

        private static Lab exact(int rgb) {
            return Lab.ofRgb(rgb);
        }

        private static Lab exactTurn(int rgb, double degrees) {
            Lab lab = Lab.ofRgb(rgb);
            double h = Math.toRadians(lab.hue() + degrees);
            return new Lab(lab.l(), lab.chroma() * Math.cos(h), lab.chroma() * Math.sin(h));
        }

        private static int turn(int rgb, double degrees) {
            return exactTurn(rgb, degrees).toRgb();
        }
    }

    private GarmentPictures() {
    }

    /** The owner's photo: the saree laid flat, a gold border along the bottom and right, motifs on the body. */
    static BufferedImage flat(Garment g, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(seed);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int colour = CREAM;
                double light = 1.0 - 0.06 * y / HEIGHT;       // a soft fall-off of the lamp
                if (x >= 70 && x < 410 && y >= 60 && y < 580) {
                    colour = g.body();
                    if (y >= 520 || x >= 360) {
                        colour = g.border();
                    } else if (motif(x - 70, y - 60)) {
                        colour = g.motif();
                    }
                    light *= 1 + 0.04 * Math.sin(y / 23.0);   // the weave catching the light
                }
                image.setRGB(x, y, shade(colour, light, noise));
            }
        }
        return image;
    }

    /** An AI photo: a figure against a studio wall, the saree draped from shoulder to floor with its pallu border. */
    static BufferedImage draped(Garment g, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(seed);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int colour = STUDIO;
                double light = 1.0 - 0.08 * Math.abs(x - WIDTH / 2.0) / WIDTH;
                double fx = (x - 240) / 45.0;
                double fy = (y - 90) / 58.0;
                boolean face = fx * fx + fy * fy <= 1;
                boolean neck = x >= 222 && x < 258 && y >= 140 && y < 175;
                boolean arms = y >= 175 && y < 430 && ((x >= 120 && x < 150) || (x >= 330 && x < 360));
                double half = 80 + (y - 170) * 0.22;                  // the drape widens towards the floor
                boolean saree = y >= 170 && y < 625 && Math.abs(x - 240) <= half;
                if (face || neck || arms) {
                    colour = SKIN;
                } else if (saree) {
                    colour = g.body();
                    double pallu = (x - 160) - (y - 170) * 0.55;      // the border running diagonally across
                    if ((pallu > -25 && pallu < 20) || y >= 580) {
                        colour = g.border();
                    } else if (motif(x, y)) {
                        colour = g.motif();
                    }
                    light *= 1 + 0.07 * Math.sin(x / 11.0);            // folds
                }
                image.setRGB(x, y, shade(colour, light, noise));
            }
        }
        return image;
    }

    /** The picture with every pixel's brightness scaled (an exposure change: 0.8 = 20 % darker). */
    static BufferedImage exposed(BufferedImage source, double factor) {
        BufferedImage image = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                image.setRGB(x, y, scale(source.getRGB(x, y), factor));
            }
        }
        return image;
    }

    /** The picture as a JPEG, quality 0.85 (what the worker stores and compares). */
    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Small buttis in a diamond grid. */
    private static boolean motif(int x, int y) {
        int cx = Math.floorMod(x + (y / 40 % 2) * 20, 40) - 20;
        int cy = Math.floorMod(y, 40) - 20;
        return cx * cx + cy * cy <= 36;
    }

    private static int shade(int rgb, double light, Random noise) {
        return scale(rgb, light * (1 + noise.nextGaussian() * 0.015));
    }

    private static int scale(int rgb, double factor) {
        int r = clip(((rgb >> 16) & 0xff) * factor);
        int g = clip(((rgb >> 8) & 0xff) * factor);
        int b = clip((rgb & 0xff) * factor);
        return r << 16 | g << 8 | b;
    }

    private static int clip(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
