package com.rangoliboutique.adapter.out.cards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Map;

/** A QR code drawn module by module in whole pixels, on white with its four-module quiet zone. */
final class QrCode {

    private static final int QUIET_MODULES = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** {@code text} (a URL) at error correction M: still reads with a scratch or a thumb over a corner. */
    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
        }
    }

    /** Draws the code with its quiet zone in the {@code size}×{@code size} square at ({@code x}, {@code y}). */
    void draw(Graphics2D g, int x, int y, int size) {
        int count = modules.getWidth();
        int module = Math.max(1, size / (count + 2 * QUIET_MODULES));
        int offset = (size - count * module) / 2;
        g.setColor(Color.WHITE);
        g.fillRect(x, y, size, size);
        g.setColor(Color.BLACK);
        for (int row = 0; row < count; row++) {
            for (int column = 0; column < count; column++) {
                if (modules.get(column, row)) {
                    g.fillRect(x + offset + column * module, y + offset + row * module, module, module);
                }
            }
        }
    }
}
