package com.rangoliboutique.adapter.out.ai;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Decoding with a size check before the pixels are read, and JPEG q90 encoding. */
final class ImageBytes {

    static final float JPEG_QUALITY = 0.9f;

    private ImageBytes() {
    }

    /** The image could not be used; {@link #getMessage()} says why in words for the shop owner. */
    static final class UnusableImageException extends Exception {
        UnusableImageException(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Decodes any format ImageIO knows (JPEG incl. CMYK, PNG, WebP via TwelveMonkeys), refusing images with a side
     * below {@code minSide} or above {@code maxSide} pixels before decoding their pixels.
     */
    static BufferedImage read(byte[] bytes, int minSide, int maxSide) throws UnusableImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnusableImageException("something that is not a picture we can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < minSide || Math.max(width, height) > maxSide) {
                    throw new UnusableImageException("an image of unusable size (" + width + "×" + height + " px)");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException("a broken image that cannot be decoded");
        }
    }

    /** JPEG, quality 90; transparency is flattened onto white. */
    static byte[] toJpeg(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
