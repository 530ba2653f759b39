package com.rangoliboutique.imaging.colour;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColourFidelityCheckTest {

    private static final int MAROON = 0x961428;
    private static final int GOLD = 0xD4AF37;
    private static final int CREAM = 0xF5EFE6;
    private static final int SKIN = 0xC68E6E;

    private final ColourFidelityCheck check = new ColourFidelityCheck();

    @Test
    void aCloseUpThatFillsTheFrameKeepsItsColourInsteadOfTakingItForTheBackdrop() {
        ColourShift shift = check.compare(closeUp(MAROON), onBackdrop(MAROON, false));
        assertTrue(shift.deltaE() < ColourFidelityCheck.DEFAULT_DELTA_E_MAX, shift.toString());
        assertEquals("maroon", shift.originalName());
    }

    @Test
    void theModelsSkinDoesNotCountAsAColourOfTheGarment() {
        ColourShift shift = check.compare(onBackdrop(MAROON, false), onBackdrop(MAROON, true));
        assertTrue(shift.deltaE() < 2, shift.toString());
    }

    @Test
    void theSameCloseUpInAnotherColourIsFarAway() {
        ColourShift shift = check.compare(closeUp(MAROON), closeUp(0x1B2A5C));
        assertTrue(shift.deltaE() > 30, shift.toString());
        assertEquals("navy", shift.changedName());
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> check.compare(new byte[]{1, 2, 3}, new byte[]{4, 5, 6}));
    }

    @Test
    void theOwnersNamesAreThePalettesNearest() {
        assertEquals("maroon", NamedColours.nameOf(Lab.ofRgb(0x7A1426)));
        assertEquals("brick red", NamedColours.nameOf(Lab.ofRgb(0xB5452A)));
        assertEquals("bottle green", NamedColours.nameOf(NamedColours.shadeOf("bottle green")));
        assertThrows(IllegalArgumentException.class, () -> NamedColours.shadeOf("chartreuse"));
    }

    /** The garment photographed close: maroon to every edge but a gold border along the bottom. */
    private static BufferedImage closeUp(int body) {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(body));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(GOLD));
        g.fillRect(0, 360, 300, 40);
        g.dispose();
        return image;
    }

    /** The drape on a cream studio backdrop, with a face and arms when {@code withFigure}. */
    private static BufferedImage onBackdrop(int body, boolean withFigure) {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(CREAM));
        g.fillRect(0, 0, 600, 800);
        if (withFigure) {
            g.setColor(new Color(SKIN));
            g.fillOval(250, 20, 100, 130);
            g.fillRect(150, 200, 40, 300);
            g.fillRect(410, 200, 40, 300);
        }
        g.setColor(new Color(body));
        g.fillRect(200, 150, 200, 500);
        g.setColor(new Color(GOLD));
        g.fillRect(200, 610, 200, 40);
        g.dispose();
        return image;
    }
}
