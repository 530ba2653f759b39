package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.imaging.DecodeLimits;
import com.rangoliboutique.imaging.Decoding;
import com.rangoliboutique.imaging.Flatten;
import com.rangoliboutique.imaging.ImageDecoder;
import com.rangoliboutique.imaging.Jpeg;
import com.rangoliboutique.imaging.Refusal;

import java.awt.image.BufferedImage;

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
        Decoding decoding = ImageDecoder.decode(bytes, DecodeLimits.anyFormat(Long.MAX_VALUE, minSide, maxSide));
        if (decoding instanceof Decoding.Decoded decoded) {
            return decoded.image();
        }
        throw new UnusableImageException(reason((Refusal) decoding));
    }

    private static String reason(Refusal refusal) {
        if (refusal instanceof Refusal.NotAPicture) {
            return "something that is not a picture we can read";
        }
        if (refusal instanceof Refusal.TooSmall small) {
            return unusableSize(small.width(), small.height());
        }
        if (refusal instanceof Refusal.SideTooLong tooLong) {
            return unusableSize(tooLong.width(), tooLong.height());
        }
        return "a broken image that cannot be decoded";
    }

    private static String unusableSize(int width, int height) {
        return "an image of unusable size (" + width + "×" + height + " px)";
    }

    /** JPEG, quality 90; transparency is flattened onto white. */
    static byte[] toJpeg(BufferedImage image) {
        return Jpeg.encode(Flatten.onWhite(image), JPEG_QUALITY);
    }
}
