package com.rangoliboutique.adapter.out.ai;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageBytesTest {

    @Test
    void webpAndCmykCapableJpegReadersAreInstalled() {
        assertTrue(ImageIO.getImageReadersByFormatName("webp").hasNext(), "TwelveMonkeys WebP reader");
        assertTrue(ImageIO.getImageReadersByFormatName("jpeg").next().getClass().getName().contains("twelvemonkeys"));
    }

    @Test
    void refusesAnOversizedImageBeforeDecodingIt() {
        byte[] wide = TestImages.encode(new BufferedImage(8001, 300, BufferedImage.TYPE_BYTE_GRAY), "png");

        ImageBytes.UnusableImageException refused = assertThrows(ImageBytes.UnusableImageException.class,
                () -> ImageBytes.read(wide, 256, 8000));

        assertEquals("an image of unusable size (8001×300 px)", refused.getMessage());
    }

    @Test
    void reencodesAsADecodableJpeg() throws Exception {
        BufferedImage photo = TestImages.decode(TestImages.modelPhotoPng(400, 400, false));

        byte[] jpeg = ImageBytes.toJpeg(photo);

        assertTrue(TestImages.isJpeg(jpeg));
        assertEquals(400, ImageBytes.read(jpeg, 1, 8000).getWidth());
    }
}
