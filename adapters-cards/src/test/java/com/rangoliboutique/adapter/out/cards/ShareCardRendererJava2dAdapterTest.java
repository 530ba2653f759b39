package com.rangoliboutique.adapter.out.cards;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.rangoliboutique.adapter.out.cards.CardLayout.Placed;
import com.rangoliboutique.adapter.out.cards.CardLayout.Role;
import com.rangoliboutique.application.port.out.ShareCardRenderer.Format;
import com.rangoliboutique.application.port.out.ShareCardRenderer.ShareCard;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareCardRendererJava2dAdapterTest {

    static final String PAGE = "https://rangoliboutique.example/d/D-1042";
    static final String HINDI = "लाल बनारसी रेशमी साड़ी — क्षितिज संग्रह";

    private final ShareCardRendererJava2dAdapter renderer = new ShareCardRendererJava2dAdapter();

    static ShareCard card(String title, Optional<Price> sale, Optional<byte[]> photo) {
        return new ShareCard(photo, title, Price.ofRupees(12_500), sale, new BigDecimal("83.00"), new DressId(1042),
                "Rangoli Boutique", PAGE);
    }

    static ShareCard card(String title) {
        return card(title, Optional.empty(), Optional.of(noisyPhoto(900, 1200)));
    }

    /** The hardest photo for JPEG: fine noise everywhere (a real photo compresses far better). */
    static byte[] noisyPhoto(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1042);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = 120 + (x * 60 / width);
                image.setRGB(x, y, new Color(Math.min(255, base + random.nextInt(100)), random.nextInt(90),
                        40 + random.nextInt(80)).getRGB());
            }
        }
        return png(image);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void eachCardIsAJpegOfItsExactSizeUnderOneMegabyte(Format format) {
        byte[] jpeg = renderer.render(card("Red Banarasi Silk Saree"), format);

        BufferedImage image = read(jpeg);
        assertEquals(format.width(), image.getWidth());
        assertEquals(format.height(), image.getHeight());
        assertTrue(jpeg.length < 1_000_000, () -> format + " is " + jpeg.length + " bytes");
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theQrCodeOnTheCardReadsAsThePagesAddress(Format format) throws Exception {
        BufferedImage image = read(renderer.render(card("Red Banarasi Silk Saree"), format));

        assertEquals(PAGE, decodeQr(image));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aTwoHundredCharacterTitleWrapsToTwoLinesEndingInAnEllipsisInsideTheMargins(Format format) {
        String title = ("Hand-woven Pure Kanjivaram Silk Saree with Zari Border and Temple Motifs in Deep Maroon and "
                + "Antique Gold, Contrast Pallu, Unstitched Blouse Piece, Falls and Pico Done, Ready to Wear Today, Free Shipping in India!")
                .substring(0, 200);
        assertEquals(200, title.length());

        CardLayout layout = renderer.layout(card(title), format);

        List<Placed> lines = layout.all(Role.TITLE);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).line().text().endsWith(TextLines.ELLIPSIS), lines.get(1).line().text());
        assertTrue(title.startsWith(lines.get(0).line().text()), "the first line is the title's start");
        for (Placed text : layout.texts()) {
            if (text.role() != Role.SHOP) {
                assertInside(layout.textBox(), text);
            }
        }
        assertInside(layout.band(), layout.all(Role.SHOP).get(0));
        Rectangle2D secondLine = lines.get(1).bounds();
        assertTrue(secondLine.getMaxY() < layout.qr().y, "the title stays above the price row and the QR code");
        assertFalse(layout.qr().intersects(layout.all(Role.PRICE).get(0).bounds()), "the price keeps off the QR");
        renderer.render(card(title), format);   // and draws
    }

    @Test
    void oneLongWordIsCutToo() {
        CardLayout layout = renderer.layout(card("Saree".repeat(40)), Format.STATUS);

        for (Placed line : layout.all(Role.TITLE)) {
            assertInside(layout.textBox(), line);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aDevanagariTitleIsSetInTheDevanagariFontWithEveryGlyphAndInkOnTheCard(Format format) {
        for (CardFonts.Run run : CardFonts.runs(HINDI, true, 60)) {
            assertEquals(-1, run.font().canDisplayUpTo(run.text()), () -> run.font().getFontName() + ": " + run.text());
            int[] glyphs = run.font().createGlyphVector(new FontRenderContext(null, true, true), run.text())
                    .getGlyphCodes(0, run.text().length(), null);
            for (int glyph : glyphs) {
                assertNotEquals(run.font().getMissingGlyphCode(), glyph, () -> "a tofu box in " + run.text());
            }
        }
        assertEquals("Noto Sans Devanagari Bold", CardFonts.runs("साड़ी", true, 60).get(0).font().getFontName());

        ShareCard card = card(HINDI, Optional.empty(), Optional.empty());
        CardLayout layout = renderer.layout(card, format);
        BufferedImage image = renderer.draw(card, format);

        Placed first = layout.all(Role.TITLE).get(0);
        assertInside(layout.textBox(), first);
        assertTrue(inkIn(image, first.bounds().getBounds()) > 500, "the title's glyphs are drawn");
    }

    @Test
    void theDevanagariSubsetKeptItsShapingSoConjunctsJoin() {
        String ksha = "क्ष";   // KA + VIRAMA + SSA: one conjunct glyph
        Font font = CardFonts.DEVANAGARI.deriveFont(60f);
        int glyphs = font.layoutGlyphVector(new FontRenderContext(null, true, true), ksha.toCharArray(), 0,
                ksha.length(), Font.LAYOUT_LEFT_TO_RIGHT).getNumGlyphs();
        assertTrue(glyphs < 3, "shaped into " + glyphs + " glyphs");
    }

    @Test
    void aMixedTitleGetsEachScriptItsFont() {
        List<CardFonts.Run> runs = CardFonts.runs("Banarasi बनारसी Saree", false, 40);

        assertEquals(List.of("Banarasi ", "बनारसी ", "Saree"), runs.stream().map(CardFonts.Run::text).toList());
        assertEquals(List.of("Noto Sans Regular", "Noto Sans Devanagari Regular", "Noto Sans Regular"),
                runs.stream().map(r -> r.font().getFontName()).toList());
    }

    @Test
    void aSalePriceIsTheBigOneWithTheRegularPriceStruckAndDollarsOfTheSalePrice() {
        CardLayout layout = renderer.layout(card("Red Banarasi Silk Saree", Optional.of(Price.ofRupees(9_999)),
                Optional.empty()), Format.POST);

        assertEquals("₹9,999", layout.all(Role.PRICE).get(0).line().text());
        Placed regular = layout.all(Role.REGULAR_PRICE).get(0);
        assertEquals("₹12,500", regular.line().text());
        assertTrue(regular.struck());
        assertEquals("SALE", layout.all(Role.SALE).get(0).line().text());
        assertEquals("~$120", layout.all(Role.USD).get(0).line().text());
        assertEquals("Dress ID D-1042", layout.all(Role.DRESS_ID).get(0).line().text());
        assertEquals("Rangoli Boutique", layout.all(Role.SHOP).get(0).line().text());
        assertEquals(ShareCardRendererJava2dAdapter.SCAN_LABEL, layout.all(Role.SCAN).get(0).line().text());
        for (Placed text : layout.texts()) {
            if (text.role() != Role.SHOP) {
                assertInside(layout.textBox(), text);
            }
        }
    }

    @Test
    void theLargestPriceAndALongShopNameStayInsideToo() {
        ShareCard card = new ShareCard(Optional.empty(), "Saree", Price.ofRupees(Price.MAX_RUPEES),
                Optional.of(Price.ofRupees(Price.MAX_RUPEES - 1)), new BigDecimal("0.01"), new DressId(99_999),
                "Shree Lakshmi Narayan Handloom Sarees & Dress Materials", PAGE);
        for (Format format : Format.values()) {
            CardLayout layout = renderer.layout(card, format);
            for (Placed text : layout.texts()) {
                assertInside(text.role() == Role.SHOP ? layout.band() : layout.textBox(), text);
                if (text.role() != Role.SCAN && text.role() != Role.SHOP) {
                    assertTrue(text.bounds().getMaxX() < layout.qr().x, () -> text + " runs into the QR code");
                }
            }
        }
    }

    @Test
    void aPhotoThatCannotBeDecodedLeavesACalmPanelInstead() {
        byte[] jpeg = renderer.render(card("Saree", Optional.empty(), Optional.of(new byte[]{1, 2, 3})), Format.POST);

        assertEquals(1350, read(jpeg).getHeight());
    }

    // ---- helpers

    private static void assertInside(Rectangle box, Placed text) {
        Rectangle2D bounds = text.bounds();
        assertTrue(box.contains(bounds), () -> text.role() + " \"" + text.line().text() + "\" at " + bounds
                + " leaves " + box);
    }

    private static long inkIn(BufferedImage image, Rectangle box) {
        long dark = 0;
        for (int y = Math.max(0, box.y); y < Math.min(image.getHeight(), box.y + box.height); y++) {
            for (int x = Math.max(0, box.x); x < Math.min(image.getWidth(), box.x + box.width); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }

    static String decodeQr(BufferedImage image) throws NotFoundException, com.google.zxing.ChecksumException,
            com.google.zxing.FormatException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
