package com.rangoliboutique.app.web;

import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.in.PublishOriginalOnlyUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.application.service.PublishOriginalOnlyService;
import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.caption.CaptionResult;
import com.rangoliboutique.domain.product.Product;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * {@code DEMO=true}: an empty shop is filled with a dozen sample products, published with pictures this program draws
 * (each stamped "SAMPLE"), so the site can be seen at once. A shop that has products is left alone. The samples are
 * published without being announced: no channel post, no share cards (they are nobody's pieces, and {@link #DEMO_ADMIN}
 * is nobody's chat).
 */
@Context
@Requires(property = "demo.enabled", value = "true")
class DemoCatalog {

    /** Audit entries of the samples carry this admin id: nobody's, the demo's. */
    static final long DEMO_ADMIN = 0;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);

    private record Sample(String caption, Color base, Color accent) {
    }

    private static final List<Sample> SAMPLES = List.of(
            sample("Red Banarasi Silk Saree", 12500, "saree, silk", "wedding, red, banarasi", "Size: Free Size; Color: Red with Gold Border", new Color(150, 20, 40), new Color(212, 175, 55)),
            sample("Emerald Kanjivaram Saree", 18900, "saree, silk", "festive, green, kanjivaram", "Size: Free Size; Color: Emerald", new Color(10, 110, 70), new Color(220, 180, 60)),
            sample("Indigo Block-Print Cotton Saree", 3400, "saree, cotton", "daily, blue, block print", "Size: Free Size", new Color(30, 50, 120), new Color(235, 235, 225)),
            sample("Blush Chiffon Party Saree", 5600, "saree, chiffon", "party, pink, sequins", "Size: Free Size; Color: Blush, Peach", new Color(230, 160, 170), new Color(250, 235, 200)),
            sample("Mustard Chanderi Kurta Set", 4200, "dress, kurta", "festive, yellow, chanderi", "Size: S, M, L, XL", new Color(220, 170, 30), new Color(120, 40, 30)),
            sample("Teal Anarkali Dress", 7800, "dress, anarkali", "party, teal, flared", "Size: S, M, L", new Color(0, 110, 120), new Color(240, 200, 120)),
            sample("Ivory Lucknowi Chikankari Kurta", 3900, "dress, kurta", "summer, white, chikankari", "Size: M, L, XL", new Color(240, 235, 220), new Color(170, 150, 120)),
            sample("Maroon Velvet Lehenga", 24500, "lehenga", "bridal, maroon, velvet", "Size: S, M, L; Color: Maroon", new Color(100, 10, 30), new Color(210, 170, 90)),
            sample("Lavender Organza Saree", 6900, "saree, organza", "party, purple, floral", "Size: Free Size", new Color(170, 140, 210), new Color(250, 250, 250)),
            sample("Rust Bandhani Dupatta", 1800, "dupatta", "festive, orange, bandhani", "Size: Free Size", new Color(180, 70, 30), new Color(250, 220, 170)),
            sample("Black Ajrakh Maxi Dress", 4600, "dress", "casual, black, ajrakh", "Size: S, M, L, XL", new Color(30, 30, 35), new Color(180, 40, 40)),
            sample("Peacock Paithani Saree", 32000, "saree, silk", "wedding, blue, paithani", "Size: Free Size; Color: Peacock Blue", new Color(20, 80, 140), new Color(60, 160, 80)));

    DemoCatalog(Products products, CreateDraftUseCase createDraft, Images images, ImageStore store,
                ImageResizer resizer, WebpEncoder webp, AuditLog audit, Transactions transactions) {
        PublishOriginalOnlyUseCase review = new PublishOriginalOnlyService(products, images, store, resizer, webp,
                audit, transactions, new NotAnnounced());
        long existing = products.countByStatus().values().stream().mapToLong(Long::longValue).sum();
        if (existing > 0) {
            LOG.info("DEMO is on but the shop already has {} products: no samples added", existing);
            return;
        }
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            CaptionResult parsed = CaptionParser.parse(sample.caption());
            var details = ((CaptionResult.Parsed) parsed).details();
            Product draft = createDraft.create(new CreateDraftCommand(DEMO_ADMIN, DEMO_ADMIN, details,
                    List.of(picture(details.title(), sample.base(), sample.accent(), i)), false)).product();
            review.publishOriginalOnly(DEMO_ADMIN, draft.id());
        }
        LOG.info("DEMO: added {} published sample products (pictures marked SAMPLE)", SAMPLES.size());
    }

    private static Sample sample(String title, int rupees, String categories, String tags, String variants,
                                 Color base, Color accent) {
        return new Sample("Title: " + title + " (sample)\nPrice: " + rupees + "\nCategory: " + categories
                + "\nTags: " + tags + ", sample\nVariants: " + variants
                + "\nDescription: A sample product drawn by the demo, not a real garment.", base, accent);
    }

    /** A garment-like drawing: a draped panel with a border and motifs, stamped SAMPLE. */
    static byte[] picture(String title, Color base, Color accent, int seed) {
        BufferedImage image = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(245, 239, 230));
        g.fillRect(0, 0, 900, 1200);
        g.setPaint(new GradientPaint(150, 100, base.brighter(), 750, 1100, base.darker()));
        g.fillRoundRect(150, 100, 600, 1000, 60, 60);
        g.setColor(accent);
        g.fillRect(150, 980, 600, 70);
        g.setStroke(new BasicStroke(6));
        for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 5; col++) {
                int x = 200 + col * 110 + (row % 2) * 55;
                int y = 170 + row * 130 + (seed * 7) % 40;
                g.drawOval(x, y, 40, 40);
            }
        }
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, 520, 900, 160);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
        g.drawString("SAMPLE", 270, 630);
        g.setColor(new Color(60, 45, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.drawString(title, 60, 1170);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outbox as the samples' publishing sees it: nothing is written. */
    private static final class NotAnnounced implements Promotions {

        @Override
        public void pieceChanged(long productId) {
        }

        @Override
        public void everyPostChanged() {
        }

        @Override
        public void shareCards(long chatId, long productId) {
        }

        @Override
        public List<Promotion> claim(int max, Duration lease) {
            return List.of();
        }

        @Override
        public void done(long id) {
        }

        @Override
        public void retryLater(long id, String error, Duration wait) {
        }

        @Override
        public void giveUp(long id, String error) {
        }
    }
}
