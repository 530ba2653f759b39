package com.rangoliboutique.adapter.out.cards;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where everything on one card goes, worked out before a pixel is drawn (so a test can check that nothing leaves its
 * box).
 *
 * @param textBox the panel under the photo inside the margins: every text but the shop's name stays in it
 * @param qr      the QR code's square, quiet zone included
 */
record CardLayout(int width, int height, Rectangle band, Rectangle photo, Rectangle textBox, List<Placed> texts,
                  Rectangle qr, String qrText) {

    CardLayout {
        texts = List.copyOf(texts);
    }

    enum Role { SHOP, TITLE, PRICE, REGULAR_PRICE, SALE, USD, DRESS_ID, SCAN }

    /** A line of text at its pen position ({@code x}, {@code baseline}). */
    record Placed(Role role, TextLines.Line line, float x, float baseline, Color color, boolean struck) {

        /** The pixels its glyphs cover, on the card. */
        Rectangle2D bounds() {
            Rectangle2D glyphs = line.layout().getBounds();
            return new Rectangle2D.Double(x + glyphs.getX(), baseline + glyphs.getY(), glyphs.getWidth(),
                    glyphs.getHeight());
        }
    }

    List<Placed> all(Role role) {
        return texts.stream().filter(t -> t.role() == role).toList();
    }
}
