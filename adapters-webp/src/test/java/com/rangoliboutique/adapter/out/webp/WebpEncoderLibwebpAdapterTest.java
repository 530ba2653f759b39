package com.rangoliboutique.adapter.out.webp;

import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebpEncoderLibwebpAdapterTest {

    private final WebpEncoderLibwebpAdapter encoder = new WebpEncoderLibwebpAdapter();

    @Test
    void theNativeEncoderLoadsOnThisPlatform() {
        assertTrue(encoder.available(), encoder.description());
        assertEquals("libwebp, quality 0.78", encoder.description());
    }

    @Test
    void aJpegCopyBecomesASmallerWebpOfTheSameSize() throws IOException {
        byte[] jpeg = jpeg(photoLike(800, 1067), 0.82f);

        byte[] webp = encoder.encode(jpeg).orElseThrow();

        assertEquals("RIFF", new String(webp, 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals("WEBP", new String(webp, 8, 4, StandardCharsets.ISO_8859_1));
        assertTrue(webp.length < jpeg.length, "WebP " + webp.length + " bytes, JPEG " + jpeg.length);
        ImageReader reader = ImageIO.getImageReadersByFormatName("webp").next();
        reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(webp)));
        assertArrayEquals(new int[] {800, 1067}, new int[] {reader.getWidth(0), reader.getHeight(0)});
    }

    @Test
    void webpIsReadByTwelveMonkeysOnlyNotByTheEncodersOwnReader() {
        new WebpEncoderLibwebpAdapter();

        List<String> readers = new ArrayList<>();
        ImageIO.getImageReadersByFormatName("webp").forEachRemaining(r -> readers.add(r.getClass().getName()));

        assertEquals(List.of("com.twelvemonkeys.imageio.plugins.webp.WebPImageReader"), readers);
    }

    @Test
    void bytesThatAreNoPictureAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> encoder.encode("not a jpeg".getBytes(StandardCharsets.UTF_8)));
    }

    /** Soft gradients and a few shapes: compresses like a product photo, not like noise or a flat colour. */
    static BufferedImage photoLike(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x8a1c3b), width, height, new Color(0xf2c14e)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1f6f5c));
        g.fillOval(width / 4, height / 5, width / 2, height / 2);
        g.setColor(Color.WHITE);
        for (int y = 0; y < height; y += 37) {
            g.drawLine(0, y, width, y + 60);
        }
        g.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }
}
