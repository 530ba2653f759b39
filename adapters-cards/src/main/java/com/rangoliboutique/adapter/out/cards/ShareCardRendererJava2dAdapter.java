package com.rangoliboutique.adapter.out.cards;

import com.rangoliboutique.adapter.out.cards.CardLayout.Placed;
import com.rangoliboutique.adapter.out.cards.CardLayout.Role;
import com.rangoliboutique.application.port.out.ShareCardRenderer;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.imaging.DecodeLimits;
import com.rangoliboutique.imaging.Decoding;
import com.rangoliboutique.imaging.ImageDecoder;
import com.rangoliboutique.imaging.Jpeg;
import com.rangoliboutique.imaging.Resize;
import jakarta.inject.Singleton;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The share cards with Java2D, headless: the shop's name on a maroon band, the main photo cover-cropped (kept to its
 * top, where a model's face is), the title in up to two lines (then "…"), the price large (a sale price in red with
 * the regular price struck through), ~$, the dress ID, and a QR code of the piece's page with "Scan to order". JPEG,
 * as good as stays under {@link #MAX_BYTES}.
 */
@Singleton
public class ShareCardRendererJava2dAdapter implements ShareCardRenderer {

    /** Telegram and WhatsApp take far more; a card this size forwards quickly on a slow connection. */
    static final int MAX_BYTES = 900_000;

    static final String SCAN_LABEL = "Scan to order";

    private static final System.Logger LOG = System.getLogger(ShareCardRendererJava2dAdapter.class.getName());
    private static final float[] QUALITIES = {0.88f, 0.8f, 0.7f, 0.6f, 0.5f};
    private static final DecodeLimits STORED_PHOTO = DecodeLimits.anyFormat(40_000_000L, 1, 20_000);
    /** Antialiased, fractional metrics: as the card is drawn. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");   // a server has no display; the app's flags say so too
        }
    }

    private final TextLines lines = new TextLines(FRC);

    @Override
    public byte[] render(ShareCard card, Format format) {
        BufferedImage image = draw(card, format);
        byte[] jpeg = null;
        for (float quality : QUALITIES) {
            jpeg = Jpeg.encodeCompact(image, quality);
            if (jpeg.length <= MAX_BYTES) {
                break;
            }
        }
        return jpeg;
    }

    BufferedImage draw(ShareCard card, Format format) {
        CardLayout layout = layout(card, format);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(CardDesign.PAPER);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(CardDesign.ACCENT);
            g.fill(layout.band());
            drawPhoto(g, card.photo(), layout.photo());
            for (Placed text : layout.texts()) {
                g.setColor(text.color());
                text.line().layout().draw(g, text.x(), text.baseline());
                if (text.struck()) {
                    float thickness = Math.max(2f, text.line().layout().getAscent() / 14);
                    g.fill(new java.awt.geom.Rectangle2D.Float(text.x(),
                            text.baseline() - text.line().layout().getAscent() * 0.33f - thickness / 2,
                            text.line().width(), thickness));
                }
            }
            Rectangle qr = layout.qr();
            g.setColor(CardDesign.LINE);
            g.fillRect(qr.x - 2, qr.y - 2, qr.width + 4, qr.height + 4);
            QrCode.of(layout.qrText()).draw(g, qr.x, qr.y, qr.width);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Where everything goes on {@code card} in {@code format}. */
    CardLayout layout(ShareCard card, Format format) {
        CardDesign d = CardDesign.of(format);
        int width = format.width();
        int m = d.margin();
        float textWidth = width - 2f * m;
        List<Placed> texts = new ArrayList<>();

        TextLines.Line shop = lines.fitted(card.shopName(), true, d.shopSize(), d.shopSize() * 0.7f, textWidth);
        texts.add(new Placed(Role.SHOP, shop, m, centredBaseline(shop, 0, d.band()), Color.WHITE, false));

        float y = d.photoBottom() + m * 0.8f;
        for (TextLines.Line title : lines.wrap(card.title(), true, d.titleSize(), textWidth, d.titleLines())) {
            texts.add(new Placed(Role.TITLE, title, m, y + title.layout().getAscent(), CardDesign.INK, false));
            y += d.titleSize() * 1.22f;
        }
        int rowTop = Math.round(y + d.titleSize() * 0.35f);

        int qrSize = d.qrSize();
        Rectangle qr = new Rectangle(width - m - qrSize, rowTop, qrSize, qrSize);
        float column = textWidth - qrSize - d.gutter();
        Optional<Price> sale = card.salePrice();
        TextLines.Line price = lines.fitted(card.buyerPrice().display(), true, d.priceSize(), d.priceSize() * 0.6f,
                column);
        float baseline = rowTop + price.layout().getAscent();
        texts.add(new Placed(Role.PRICE, price, m, baseline, sale.isPresent() ? CardDesign.SALE : CardDesign.ACCENT,
                false));
        float step = d.smallSize() * 1.35f;
        baseline += price.layout().getDescent() + d.smallSize() * 1.15f;   // the first small line's
        if (sale.isPresent()) {
            TextLines.Line regular = lines.fitted(card.price().display(), false, d.smallSize(), d.smallSize() * 0.7f,
                    column / 2);
            texts.add(new Placed(Role.REGULAR_PRICE, regular, m, baseline, CardDesign.MUTED, true));
            TextLines.Line saleMark = lines.line("SALE", true, d.smallSize());
            texts.add(new Placed(Role.SALE, saleMark, m + regular.width() + d.smallSize() * 0.5f, baseline,
                    CardDesign.SALE, false));
            baseline += step;
        }
        TextLines.Line usd = lines.fitted(card.buyerPrice().usdDisplay(card.usdFxRate()), false, d.smallSize(),
                d.smallSize() * 0.7f, column);
        texts.add(new Placed(Role.USD, usd, m, baseline, CardDesign.MUTED, false));
        baseline += step;
        TextLines.Line dressId = lines.fitted("Dress ID " + card.dressId(), true, d.smallSize(), d.smallSize() * 0.7f,
                column);
        texts.add(new Placed(Role.DRESS_ID, dressId, m, baseline, CardDesign.INK, false));

        TextLines.Line scan = lines.fitted(SCAN_LABEL, true, d.scanSize(), d.scanSize() * 0.7f, qrSize);
        texts.add(new Placed(Role.SCAN, scan, qr.x + (qrSize - scan.width()) / 2,
                qr.y + qrSize + d.scanSize() * 1.25f, CardDesign.INK, false));

        Rectangle photo = new Rectangle(0, d.band(), width, d.photoBottom() - d.band());
        Rectangle textBox = new Rectangle(m, d.photoBottom(), width - 2 * m, format.height() - d.photoBottom() - m / 2);
        return new CardLayout(width, format.height(), new Rectangle(0, 0, width, d.band()), photo, textBox, texts, qr,
                card.pageUrl());
    }

    private static float centredBaseline(TextLines.Line line, int top, int height) {
        return top + (height + line.layout().getAscent() - line.layout().getDescent()) / 2f;
    }

    /** The photo covering {@code box} (cropped at the sides, or mostly below: a model's face stays in); a calm panel without one. */
    private static void drawPhoto(Graphics2D g, Optional<byte[]> bytes, Rectangle box) {
        Optional<BufferedImage> photo = bytes.flatMap(ShareCardRendererJava2dAdapter::decode);
        if (photo.isEmpty()) {
            g.setColor(CardDesign.PLACEHOLDER);
            g.fill(box);
            return;
        }
        BufferedImage source = photo.get();
        double scale = Math.max((double) box.width / source.getWidth(), (double) box.height / source.getHeight());
        int cropWidth = Math.min(source.getWidth(), (int) Math.round(box.width / scale));
        int cropHeight = Math.min(source.getHeight(), (int) Math.round(box.height / scale));
        int x = (source.getWidth() - cropWidth) / 2;
        int y = (int) Math.round((source.getHeight() - cropHeight) * 0.12);
        BufferedImage cropped = Resize.toSize(source.getSubimage(x, y, cropWidth, cropHeight), box.width, box.height);
        g.drawImage(cropped, box.x, box.y, null);
    }

    private static Optional<BufferedImage> decode(byte[] bytes) {
        Decoding decoding = ImageDecoder.decode(bytes, STORED_PHOTO);
        if (decoding instanceof Decoding.Decoded decoded) {
            return Optional.of(Resize.uprightOnWhite(decoded.image(), decoded.orientation(), 2400));
        }
        LOG.log(System.Logger.Level.WARNING, "the main photo could not be decoded (" + decoding
                + "); the share card goes without it");
        return Optional.empty();
    }
}
