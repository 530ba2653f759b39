package com.rangoliboutique.imaging;

import java.awt.image.BufferedImage;

/** What {@link ImageDecoder#decode} made of the bytes: a picture, or a {@link Refusal}. */
public sealed interface Decoding permits Decoding.Decoded, Refusal {

    /**
     * The decoded pixels as stored, and how to show them.
     *
     * @param orientation the EXIF orientation (1 to 8) to apply; 1 when there is none or it is not read
     */
    record Decoded(BufferedImage image, int orientation) implements Decoding {
    }
}
