package com.rangoliboutique.imaging;

import java.util.Optional;

/**
 * The canvas size a WebP file declares, read from its first chunk without decoding: {@code VP8 } (lossy, the frame
 * header's 14-bit sizes), {@code VP8L} (lossless, 14 bits each after the 0x2F signature) or {@code VP8X} (extended, 24
 * bits each). Not every ImageIO WebP reader can tell the size without decoding (TwelveMonkeys' refuses a file whose
 * frame data is missing), so the limits are checked on this first, the same way whichever reader is installed.
 */
final class WebpHeader {

    private WebpHeader() {
    }

    /** {width, height}, or empty when the header is not one of the three known chunks or is cut short. */
    static Optional<int[]> dimensions(byte[] b) {
        if (b == null || b.length < 30 - 4) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        int data = 20;
        switch (chunk) {
            case "VP8L" -> {
                if (b.length < data + 5 || (b[data] & 0xFF) != 0x2F) {
                    return Optional.empty();
                }
                long bits = (b[data + 1] & 0xFFL) | (b[data + 2] & 0xFFL) << 8 | (b[data + 3] & 0xFFL) << 16
                        | (b[data + 4] & 0xFFL) << 24;
                return Optional.of(new int[] {(int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1});
            }
            case "VP8X" -> {
                if (b.length < data + 10) {
                    return Optional.empty();
                }
                return Optional.of(new int[] {u24(b, data + 4) + 1, u24(b, data + 7) + 1});
            }
            case "VP8 " -> {
                if (b.length < data + 10 || (b[data + 3] & 0xFF) != 0x9D || (b[data + 4] & 0xFF) != 0x01
                        || (b[data + 5] & 0xFF) != 0x2A) {
                    return Optional.empty();
                }
                return Optional.of(new int[] {u16(b, data + 6) & 0x3FFF, u16(b, data + 8) & 0x3FFF});
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xFF) << 16;
    }
}
