package com.rangoliboutique.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private static final DecodeLimits PHOTOS = DecodeLimits.photos(PhotoPipeline.MAX_BYTES, 1_000_000, 100);

    @Test
    void refusalsAreFactsWithTheNumbersAWordingNeeds() {
        byte[] jpeg = encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg");

        assertEquals(new Refusal.TooLarge(PhotoPipeline.MAX_BYTES + 1, PhotoPipeline.MAX_BYTES),
                ImageDecoder.decode(Arrays.copyOf(jpeg, (int) PhotoPipeline.MAX_BYTES + 1), PHOTOS));
        assertEquals(new Refusal.TooManyPixels(2000, 1000, 1_000_000),
                ImageDecoder.decode(encode(new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB), "png"), PHOTOS));
        assertEquals(new Refusal.TooSmall(300, 50, 100),
                ImageDecoder.decode(encode(new BufferedImage(300, 50, BufferedImage.TYPE_INT_RGB), "png"), PHOTOS));
        assertEquals(new Refusal.SideTooLong(300, 200, 250),
                ImageDecoder.decode(jpeg, DecodeLimits.anyFormat(Long.MAX_VALUE, 1, 250)));
    }

    @Test
    void photosAreJpegPngOrWebpByContentWhileStoredPicturesMayBeAnyImageIoFormat() {
        byte[] gif = encode(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "gif");

        assertInstanceOf(Refusal.NotAPicture.class, ImageDecoder.decode(gif, PHOTOS));
        Decoding.Decoded decoded = assertInstanceOf(Decoding.Decoded.class,
                ImageDecoder.decode(gif, DecodeLimits.anyFormat(Long.MAX_VALUE, 1, Integer.MAX_VALUE)));
        assertEquals(200, decoded.image().getWidth());
        assertInstanceOf(Refusal.NotAPicture.class, ImageDecoder.decode(
                "not a picture".getBytes(StandardCharsets.US_ASCII), DecodeLimits.anyFormat(Long.MAX_VALUE, 1, 10)));
    }

    @Test
    void aCleanPhotoIsAJpegOfTheSameSize() {
        byte[] png = encode(new BufferedImage(640, 480, BufferedImage.TYPE_INT_ARGB), "png");

        PhotoPipeline.Cleaned cleaned = assertInstanceOf(PhotoPipeline.Cleaned.class, new PhotoPipeline().clean(png));

        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(cleaned.jpeg()).orElseThrow());
        assertEquals(640, cleaned.width());
        assertEquals(480, cleaned.height());
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
