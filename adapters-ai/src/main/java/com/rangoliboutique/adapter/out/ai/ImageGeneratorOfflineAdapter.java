package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.application.port.out.ImageGenerator;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The stand-in when no Gemini credentials are configured: the garment photo on a cream 3:4 studio backdrop under a
 * banner saying "AI preview not configured", so the whole loop runs locally and nobody mistakes it for AI.
 * Deterministic: the same photo always gives the same bytes.
 */
@Singleton
@Requires(condition = GeminiCredentials.Missing.class)
public final class ImageGeneratorOfflineAdapter implements ImageGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ImageGeneratorOfflineAdapter.class);

    static final int WIDTH = 900;
    static final int HEIGHT = 1200;
    static final int BANNER_HEIGHT = 150;
    static final Color BACKDROP = new Color(0xF5EFE6);
    static final Color BANNER = new Color(0x5A3E36);
    static final String HEADLINE = "AI preview not configured";
    static final String HINT = "set GEMINI_API_KEY to generate model photos";
    private static final int MARGIN = 60;
    /** Recorded as the model of its photos: no AI service, no prompt, nothing billed. */
    static final String MODEL = "offline-stand-in";
    private static final Usage USAGE = new Usage(MODEL, null, null, null, null, false);

    public ImageGeneratorOfflineAdapter() {
        LOG.warn("No Gemini credentials configured: AI photos are replaced by a labelled offline preview. "
                + "Set GEMINI_API_KEY (Gemini API) or GOOGLE_CLOUD_PROJECT (Vertex AI) to generate real ones.");
    }

    @Override
    public Result generate(byte[] garmentJpeg, GarmentContext context) {
        BufferedImage garment;
        try {
            garment = ImageBytes.read(garmentJpeg, 1, 20_000);
        } catch (ImageBytes.UnusableImageException e) {
            return new Result.Failed(false, "the garment photo is " + e.getMessage(), USAGE);
        }
        return new Result.Generated(ImageBytes.toJpeg(preview(garment)), USAGE);
    }

    private static BufferedImage preview(BufferedImage garment) {
        BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKDROP);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawGarment(g, garment);
            drawBanner(g);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** Scaled to fit below the banner, centred, never enlarged beyond twice its size. */
    private static void drawGarment(Graphics2D g, BufferedImage garment) {
        int boxWidth = WIDTH - 2 * MARGIN;
        int boxHeight = HEIGHT - BANNER_HEIGHT - 2 * MARGIN;
        double scale = Math.min(2.0, Math.min((double) boxWidth / garment.getWidth(),
                (double) boxHeight / garment.getHeight()));
        int width = Math.max(1, (int) Math.round(garment.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(garment.getHeight() * scale));
        int x = (WIDTH - width) / 2;
        int y = BANNER_HEIGHT + MARGIN + (boxHeight - height) / 2;
        g.drawImage(garment, x, y, width, height, null);
    }

    private static void drawBanner(Graphics2D g) {
        g.setColor(BANNER);
        g.fillRect(0, 0, WIDTH, BANNER_HEIGHT);
        g.setColor(Color.WHITE);
        centred(g, new Font(Font.SANS_SERIF, Font.BOLD, 52), HEADLINE, 78);
        centred(g, new Font(Font.SANS_SERIF, Font.PLAIN, 28), HINT, 124);
    }

    private static void centred(Graphics2D g, Font font, String text, int baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, baseline);
    }
}
