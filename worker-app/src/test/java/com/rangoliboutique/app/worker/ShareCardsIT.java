package com.rangoliboutique.app.worker;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.application.port.in.SendShareCardsUseCase;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worker's share cards bean on the real database and disk storage, through the real Telegram adapter to the Bot
 * API peer: two JPEG documents of the right sizes, under 1 MB, whose QR codes open the piece's page under APP_URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareCardsIT {

    static final long OWNER = 555_000_111L;

    private final TelegramPeer telegram = TelegramPeer.start();
    private ApplicationContext worker;

    @BeforeAll
    void startWorker() throws Exception {
        Map<String, Object> p = new LinkedHashMap<>(TestInfrastructure.properties());
        p.put("micronaut.server.port", -1);
        p.put("telegram.bot-token", telegram.token());
        p.put("telegram.api-url", telegram.baseUrl());
        p.put("telegram.admin-ids", String.valueOf(OWNER));
        p.put("storage.dir", Files.createTempDirectory("share-cards-storage").toString());
        p.put("digest.time", "off");
        p.put("shop.url", "https://rangoli.example/");
        worker = ApplicationContext.builder().properties(p).environments("test").start();
    }

    @BeforeEach
    void emptyTables() throws Exception {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE products, variant_options, images, audit_log, ai_generations RESTART IDENTITY CASCADE");
        }
        telegram.clear();
    }

    @AfterAll
    void stop() {
        worker.close();
        telegram.close();
    }

    @Test
    void aPublishedPieceSendsTheOwnerTwoJpegsOfTheirSizesWhoseQrCodesOpenItsPage() throws Exception {
        Products products = worker.getBean(Products.class);
        Product piece = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));
        piece.publishOriginalOnly();
        products.update(piece);
        String key = ImageKeys.original(piece.dressId(), 1);
        worker.getBean(ImageStore.class).put(key, photo(), "image/jpeg");
        worker.getBean(Images.class).add(Image.original(piece.id(), 1, key));

        worker.getBean(SendShareCardsUseCase.class).send(OWNER, piece.id());

        List<TelegramPeer.Call> sent = telegram.calls("sendDocument");
        assertEquals(2, sent.size(), () -> "calls: " + telegram.calls());
        String page = "https://rangoli.example/d/" + piece.dressId();
        int[][] sizes = {{1080, 1920}, {1080, 1350}};
        String[] names = {piece.dressId() + "-status.jpg", piece.dressId() + "-post.jpg"};
        for (int i = 0; i < 2; i++) {
            TelegramPeer.Call call = sent.get(i);
            byte[] jpeg = call.file("document");
            BufferedImage card = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertEquals(OWNER, call.chatId());
            assertEquals(names[i], call.fileName("document"));
            assertEquals(sizes[i][0], card.getWidth());
            assertEquals(sizes[i][1], card.getHeight());
            assertTrue(jpeg.length < 1_000_000, jpeg.length + " bytes");
            assertEquals(page, qr(card));
        }
        assertTrue(sent.get(1).param("caption").contains(page), sent.get(1).param("caption"));
    }

    @Test
    void aDraftGetsTheReasonAndNoCards() {
        Products products = worker.getBean(Products.class);
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));

        worker.getBean(SendShareCardsUseCase.class).send(OWNER, draft.id());

        assertEquals(List.of(), telegram.calls("sendDocument"));
        assertEquals(draft.dressId() + " is still a draft — share cards are made once it is published.",
                telegram.calls("sendMessage").get(0).param("text"));
    }

    private static String qr(BufferedImage card) throws Exception {
        int[] pixels = card.getRGB(0, 0, card.getWidth(), card.getHeight(), null, 0, card.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(card.getWidth(), card.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(245, 239, 230));
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(150, 20, 40));
        g.fillOval(200, 150, 200, 550);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
