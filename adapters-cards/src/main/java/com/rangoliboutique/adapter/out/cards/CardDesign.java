package com.rangoliboutique.adapter.out.cards;

import com.rangoliboutique.application.port.out.ShareCardRenderer.Format;

import java.awt.Color;

/**
 * The measures of a card in pixels: the shop's band on top, the photo under it, then the title over a row of price
 * lines and the QR code. Type is 30 px and more, which reads on a phone even in a story's thumbnail.
 */
record CardDesign(int margin, int band, float shopSize, int photoBottom, float titleSize, int titleLines,
                  float priceSize, float smallSize, int qrSize, float scanSize) {

    /** The shop's colours (web-app site.css): ink, muted, accent (maroon), paper, sale red, lines. */
    static final Color INK = new Color(0x1f1a1c);
    static final Color MUTED = new Color(0x5c5356);
    static final Color ACCENT = new Color(0x7a1f3d);
    static final Color PAPER = new Color(0xfffaf5);
    static final Color SALE = new Color(0xa3123a);
    static final Color LINE = new Color(0xe7dcd3);
    static final Color PLACEHOLDER = new Color(0xf3ece6);

    static CardDesign of(Format format) {
        return switch (format) {
            case STATUS -> new CardDesign(64, 150, 54, 1290, 62, 2, 100, 44, 300, 34);
            case POST -> new CardDesign(56, 110, 44, 820, 50, 2, 80, 38, 240, 30);
        };
    }

    /** The space between the price column and the QR code. */
    int gutter() {
        return 40;
    }
}
