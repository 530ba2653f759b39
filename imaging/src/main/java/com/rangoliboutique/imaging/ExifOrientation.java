package com.rangoliboutique.imaging;

import java.awt.geom.AffineTransform;

/** The EXIF orientation of a JPEG (how the camera was held), read by hand from its marker segments. */
public final class ExifOrientation {

    private ExifOrientation() {
    }

    /**
     * The EXIF orientation (tag 0x0112 in IFD0 of the first APP1 "Exif" segment), 1 when absent or unreadable.
     * Reads the JPEG's marker segments up to the first scan; every offset is bounds-checked.
     */
    public static int read(byte[] b) {
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {            // fill byte
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // start of scan / end of image: no more metadata
                return 1;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                pos += 2;
                continue;
            }
            int length = Bytes.u16(b, pos + 2, false);
            if (length < 2) {
                return 1;
            }
            int start = pos + 4;
            int end = Math.min(b.length, pos + 2 + length);
            if (marker == 0xE1 && Bytes.startsWith(b, start, 'E', 'x', 'i', 'f', 0, 0)) {
                return tiffOrientation(b, start + 6, end);
            }
            pos += 2 + length;
        }
        return 1;
    }

    /** Maps stored pixels (w×h) to displayed ones, for the eight EXIF orientations. */
    static AffineTransform transform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turn 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // turn 90° anticlockwise
            default -> new AffineTransform();
        };
    }

    /** Orientations 5 to 8 swap width and height. */
    static boolean turnsSideways(int orientation) {
        return orientation >= 5;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (Bytes.startsWith(b, tiff, 'I', 'I')) {
            little = true;
        } else if (Bytes.startsWith(b, tiff, 'M', 'M')) {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + Bytes.u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = Bytes.u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > end) {
                return 1;
            }
            int e = (int) entry;
            if (Bytes.u16(b, e, little) == 0x0112) {
                int type = Bytes.u16(b, e + 2, little);
                int value = Bytes.u16(b, e + 8, little);   // a SHORT sits in the first two bytes of the value field
                return type == 3 && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }
}
