package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.domain.image.ColourCheck;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColourFidelityCheckAdapterTest {

    private static final Color MAROON = new Color(0x7A1426);
    private static final Color BRICK_RED = new Color(0xB33A2E);

    private final ColourFidelityCheckAdapter check =
            new ColourFidelityCheckAdapter(new ColourCheckProperties(ColourCheckProperties.DEFAULT_THRESHOLD));

    @Test
    void aFaithfulCopyMatches() {
        ColourCheck checked = check.check(saree(MAROON), saree(MAROON));
        assertFalse(checked.differs());
        assertEquals("maroon", checked.originalColour());
        assertEquals("maroon", checked.aiColour());
    }

    @Test
    void aMaroonSareeComeBackBrickRedDiffersAndSaysSo() {
        ColourCheck checked = check.check(saree(MAROON), saree(BRICK_RED));
        assertTrue(checked.differs(), checked.toString());
        assertEquals("maroon", checked.originalColour());
        assertEquals("brick red", checked.aiColour());
        assertEquals(Math.round(checked.deltaE() * 10) / 10.0, checked.deltaE(), "one decimal, as stored");
    }

    @Test
    void theThresholdDecides() {
        ColourFidelityCheckAdapter lenient = new ColourFidelityCheckAdapter(new ColourCheckProperties(60));
        assertFalse(lenient.check(saree(MAROON), saree(BRICK_RED)).differs());
    }

    @Test
    void photosThatAreNoImagesCannotBeCompared() {
        assertThrows(RuntimeException.class, () -> check.check(saree(MAROON), new byte[]{1, 2, 3}));
    }

    @Test
    void theThresholdIsBoundFromColourDeltaEMax() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("colour-check.threshold", "9.5"))) {
            assertEquals(9.5, context.getBean(ColourCheckProperties.class).threshold());
        }
        try (ApplicationContext context = ApplicationContext.run()) {
            assertEquals(ColourCheckProperties.DEFAULT_THRESHOLD,
                    context.getBean(ColourCheckProperties.class).threshold());
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ColourCheckProperties(0));
        assertTrue(refused.getMessage().startsWith("COLOUR_DELTA_E_MAX"));
    }

    /** A maroon-or-other drape with a gold border and a few motifs, on a cream backdrop. */
    private static byte[] saree(Color body) {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF1E6CF));
        g.fillRect(0, 0, 300, 400);
        g.setColor(body);
        g.fillRect(50, 40, 200, 320);
        g.setColor(new Color(0xC9A43B));
        g.fillRect(50, 320, 200, 40);
        for (int y = 60; y < 300; y += 40) {
            g.fillOval(100, y, 8, 8);
            g.fillOval(180, y + 20, 8, 8);
        }
        g.dispose();
        return TestImages.encode(image, "jpeg");
    }
}
