package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.AdminNotifier.NotShareable;
import com.rangoliboutique.application.port.out.AdminNotifier.ShareCards;
import com.rangoliboutique.application.port.out.ShareCardRenderer;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.RecordingNotifier;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendShareCardsServiceTest {

    private static final long OWNER = 555_000_111L;
    private static final byte[] ORIGINAL = "original photo".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AI = "approved AI photo".getBytes(StandardCharsets.UTF_8);

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final RecordingRenderer renderer = new RecordingRenderer();
    private final SendShareCardsService service = new SendShareCardsService(db.products(), db.images(), store,
            db.settings(), renderer, notifier, "https://shop.example/");

    /** Draws nothing: keeps what it was asked to draw and answers with the format's name. */
    static final class RecordingRenderer implements ShareCardRenderer {

        final List<ShareCard> drawn = new ArrayList<>();

        @Override
        public byte[] render(ShareCard card, Format format) {
            drawn.add(card);
            return format.name().getBytes(StandardCharsets.UTF_8);
        }
    }

    private Product stored(Product product) {
        Product stored = db.products().add(product);
        String key = ImageKeys.original(stored.dressId(), 1);
        store.put(key, ORIGINAL, "image/jpeg");
        db.images().add(Image.original(stored.id(), 1, key));
        return stored;
    }

    private void approvedAi(Product product) {
        String key = ImageKeys.ai(product.dressId(), 1);
        store.put(key, AI, "image/jpeg");
        Image ai = db.images().add(Image.pendingAi(product.id(), 1, key));
        ai.markReady("memory://" + key);
        ai.publishedAt("memory://public/" + key);
        db.images().update(ai);
    }

    @Test
    void aPublishedPieceGetsBothCardsWithItsApprovedAiPhotoPriceAndPage() {
        Product piece = stored(TestProducts.aSaree().id(null).status(ProductStatus.PUBLISHED).build());
        approvedAi(piece);
        db.settings().changeUsdFxRate(new BigDecimal("84.50"));
        db.settings().changeShopName("Lakshmi & Co.");

        service.send(OWNER, piece.id());

        ShareCards sent = notifier.shareCards.get(0).cards();
        assertEquals(OWNER, notifier.shareCards.get(0).chatId());
        assertEquals(piece.dressId(), sent.dressId());
        assertEquals("https://shop.example/d/D-1042", sent.pageUrl());
        assertArrayEquals("STATUS".getBytes(StandardCharsets.UTF_8), sent.statusJpeg());
        assertArrayEquals("POST".getBytes(StandardCharsets.UTF_8), sent.postJpeg());
        ShareCardRenderer.ShareCard card = renderer.drawn.get(0);
        assertArrayEquals(AI, card.photo().orElseThrow(), "the approved AI photo, not the original");
        assertEquals("Red Banarasi Silk Saree", card.title());
        assertEquals(Price.ofRupees(12_500), card.price());
        assertEquals(Optional.empty(), card.salePrice());
        assertEquals(new BigDecimal("84.50"), card.usdFxRate());
        assertEquals("Lakshmi & Co.", card.shopName());
        assertEquals("https://shop.example/d/D-1042", card.pageUrl());
        assertEquals(List.of(card, card), renderer.drawn, "one card, drawn in both formats");
    }

    @Test
    void withoutAnApprovedAiPhotoTheOriginalIsOnTheCardAndASalePriceIsPassedOn() {
        Product piece = stored(TestProducts.aSaree().id(null).status(ProductStatus.PUBLISHED).build());
        piece.putOnSale(Price.ofRupees(9_999));
        db.products().update(piece);
        db.images().add(Image.pendingAi(piece.id(), 1, ImageKeys.ai(piece.dressId(), 1)));   // never approved

        service.send(OWNER, piece.id());

        ShareCardRenderer.ShareCard card = renderer.drawn.get(0);
        assertArrayEquals(ORIGINAL, card.photo().orElseThrow());
        assertEquals(Optional.of(Price.ofRupees(9_999)), card.salePrice());
        assertEquals(Price.ofRupees(9_999), card.buyerPrice());
    }

    @Test
    void aSoldOutPieceIsNotAdvertised() {
        Product piece = stored(TestProducts.aSaree().id(null).status(ProductStatus.SOLD_OUT).build());

        service.send(OWNER, piece.id());

        assertEquals(List.of(), notifier.shareCards);
        assertEquals(List.of(new RecordingNotifier.SentNoShareCards(OWNER,
                new NotShareable(Optional.of(piece.dressId()), Optional.of(ProductStatus.SOLD_OUT)))), notifier.noShareCards);
    }

    @Test
    void aDraftOrHiddenPieceGetsTheReasonAndNoCards() {
        Product draft = stored(TestProducts.aSaree().id(null).status(ProductStatus.DRAFT).build());
        Product hidden = stored(TestProducts.aSaree().id(null).withDressId(1043).status(ProductStatus.HIDDEN).build());

        service.send(OWNER, draft.id());
        service.send(OWNER, hidden.id());

        assertEquals(List.of(
                new RecordingNotifier.SentNoShareCards(OWNER,
                        new NotShareable(Optional.of(draft.dressId()), Optional.of(ProductStatus.DRAFT))),
                new RecordingNotifier.SentNoShareCards(OWNER,
                        new NotShareable(Optional.of(hidden.dressId()), Optional.of(ProductStatus.HIDDEN)))),
                notifier.noShareCards);
        assertTrue(notifier.shareCards.isEmpty());
        assertTrue(renderer.drawn.isEmpty(), "nothing drawn");
    }

    @Test
    void aPieceThatIsGoneGetsTheReason() {
        service.send(OWNER, 999L);

        assertEquals(List.of(new RecordingNotifier.SentNoShareCards(OWNER, NotShareable.gone())),
                notifier.noShareCards);
    }

    @Test
    void anUnreadablePhotoFailsTheSendSoTheCallerTriesAgain() {
        Product piece = db.products().add(TestProducts.aSaree().id(null).status(ProductStatus.PUBLISHED).build());
        db.images().add(Image.original(piece.id(), 1, ImageKeys.original(piece.dressId(), 1)));   // not in the store

        assertThrows(RuntimeException.class, () -> service.send(OWNER, piece.id()));
        assertTrue(notifier.shareCards.isEmpty());
    }

    @Test
    void withoutTheShopsAddressThereIsNoPageForTheQrCode() {
        assertThrows(IllegalArgumentException.class, () -> new SendShareCardsService(db.products(), db.images(),
                store, db.settings(), renderer, notifier, " "));
    }
}
