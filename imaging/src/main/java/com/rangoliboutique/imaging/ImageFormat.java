package com.rangoliboutique.imaging;

import java.util.Locale;
import java.util.Optional;

/** The formats a photo may come in, recognised by their magic bytes (never by a file name). */
public enum ImageFormat {
    JPEG, PNG, WEBP;

    /** The format the bytes start with; empty for anything else (GIF, HEIC, PDF, text, nothing). */
    public static Optional<ImageFormat> sniff(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (Bytes.startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (Bytes.startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (Bytes.startsWith(b, 0, 'R', 'I', 'F', 'F') && Bytes.startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The ImageIO format name. */
    String imageIoName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
