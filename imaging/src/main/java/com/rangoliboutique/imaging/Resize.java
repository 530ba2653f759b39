package com.rangoliboutique.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.coobird.thumbnailator.Thumbnails;

/** Smaller copies of decoded pixels. */
public final class Resize {

    private Resize() {
    }

    /**
     * The picture as it is meant to be seen: EXIF orientation applied, scaled so the long side is at most
     * {@code maxLongSide} (never enlarged), alpha flattened onto white, all in one bilinear draw.
     */
    public static BufferedImage uprightOnWhite(BufferedImage source, int orientation, int maxLongSide) {
        // bilinear sampling aliases below half size: halve first (only extreme aspect ratios get there within 40 MP)
        while (Math.max(source.getWidth(), source.getHeight()) > 2 * maxLongSide) {
            source = halved(source);
        }
        boolean turned = ExifOrientation.turnsSideways(orientation);
        int displayWidth = turned ? source.getHeight() : source.getWidth();
        int displayHeight = turned ? source.getWidth() : source.getHeight();
        double scale = Math.min(1.0, (double) maxLongSide / Math.max(displayWidth, displayHeight));
        int width = Math.max(1, (int) Math.round(displayWidth * scale));
        int height = Math.max(1, (int) Math.round(displayHeight * scale));
        AffineTransform transform = AffineTransform.getScaleInstance(
                (double) width / displayWidth, (double) height / displayHeight);
        transform.concatenate(ExifOrientation.transform(orientation, source.getWidth(), source.getHeight()));

        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Exactly {@code width}×{@code height}, 8-bit RGB, downscaled progressively (bilinear) by Thumbnailator. */
    public static BufferedImage toSize(BufferedImage source, int width, int height) {
        try {
            return Thumbnails.of(source).forceSize(width, height).imageType(BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("resizing to " + width + "×" + height + " px failed", e);
        }
    }

    private static BufferedImage halved(BufferedImage source) {
        int width = Math.max(1, source.getWidth() / 2);
        int height = Math.max(1, source.getHeight() / 2);
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = half.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return half;
    }
}
