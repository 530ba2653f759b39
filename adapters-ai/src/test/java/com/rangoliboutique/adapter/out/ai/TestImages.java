package com.rangoliboutique.adapter.out.ai;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Real pictures drawn with Java2D. */
final class TestImages {

    private TestImages() {
    }

    /** A flat-lay "saree": a maroon drape with a gold border, as a 600×800 JPEG. */
    static byte[] garmentJpeg() {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 600, 800);
        g.setPaint(new GradientPaint(0, 0, new Color(0x800020), 600, 800, new Color(0xB03050)));
        g.fillRect(100, 80, 400, 640);
        g.setColor(new Color(0xD4AF37));
        for (int y = 80; y < 720; y += 40) {
            g.fillRect(100, y, 400, 8);
        }
        g.dispose();
        return encode(image, "jpeg");
    }

    /** A studio-photo stand-in the peer returns: 768×1024, half of it transparent when {@code withAlpha}. */
    static byte[] modelPhotoPng(int width, int height, boolean withAlpha) {
        BufferedImage image = new BufferedImage(width, height,
                withAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (!withAlpha) {
            g.setColor(new Color(0xF5EFE6));
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(0x800020));
        g.fillOval(width / 4, height / 8, width / 2, height * 3 / 4);
        g.dispose();
        return encode(image, "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("not a decodable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }
}
