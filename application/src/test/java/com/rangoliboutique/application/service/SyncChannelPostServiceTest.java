package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.out.ChannelPosts;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.RecordingChannel;
import com.rangoliboutique.application.port.out.ShopChannel.ChannelPiece;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncChannelPostServiceTest {

    private static final long OWNER = 42L;
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final RecordingChannel channel = new RecordingChannel("@rangoli_new");
    private final SyncChannelPostService sync = service(channel);
    private final ChangeProductStatusService status =
            new ChangeProductStatusService(db.products(), db.auditLog(), db.transactions(), db.promotions());

    private SyncChannelPostService service(RecordingChannel channel) {
        return new SyncChannelPostService(db.products(), db.images(), store, db.settings(), db.channelPosts(), channel,
                "https://rangoli.example/");
    }

    private Product published() {
        Product product = db.products().add(TestProducts.aSaree().id(null).status(ProductStatus.PUBLISHED).build());
        String key = ImageKeys.original(product.dressId(), 1);
        store.put(key, PHOTO, "image/jpeg");
        db.images().add(Image.original(product.id(), 1, key));
        return product;
    }

    private void change(Product product, ProductAction action) {
        status.change(new ChangeProductStatusCommand(OWNER, product.dressId(), action));
    }

    private ChannelPiece only() {
        assertEquals(1, channel.posts().size(), () -> "posts: " + channel.posts());
        return channel.posts().values().iterator().next().piece();
    }

    @Test
    void aPublishedPieceIsPostedWithItsPhotoOrderLinkAndPageOnce() {
        Product product = published();

        sync.sync(product.id());
        sync.sync(product.id());

        assertEquals(List.of("post " + product.dressId()), channel.calls(), "the second sync changes nothing");
        RecordingChannel.Shown shown = channel.posts().values().iterator().next();
        assertArrayEquals(PHOTO, shown.photo());
        ChannelPiece piece = shown.piece();
        assertEquals("https://rangoli.example/d/" + product.dressId().value(), piece.pageUrl());
        assertTrue(piece.orderLink().startsWith("https://wa.me/919876543210?text=Hi%20"), piece.orderLink());
        assertTrue(piece.orderLink().contains("I%20want%20Dress%20" + product.dressId()), piece.orderLink());
        assertFalse(piece.soldOut());
        ChannelPosts.Post kept = db.channelPosts().of(product.id()).orElseThrow();
        assertEquals("@rangoli_new", kept.channelId());
        assertEquals(channel.posts().keySet().iterator().next(), kept.messageId());
    }

    @Test
    void soldOutEditsThePostToAskAboutASimilarPieceAndBackOnSaleRestoresIt() {
        Product product = published();
        sync.sync(product.id());
        int post = db.channelPosts().of(product.id()).orElseThrow().messageId();

        change(product, ProductAction.MARK_SOLD_OUT);
        sync.sync(product.id());
        assertTrue(only().soldOut());
        assertTrue(only().orderLink().contains("is%20sold%20out.%20Do%20you%20have%20a%20similar%20piece%3F"),
                only().orderLink());
        assertTrue(db.channelPosts().of(product.id()).orElseThrow().soldOut());

        change(product, ProductAction.UNHIDE);
        sync.sync(product.id());
        assertFalse(only().soldOut());
        assertEquals(List.of("post " + product.dressId(), "edit " + post, "edit " + post), channel.calls());
    }

    @Test
    void aSalePriceIsEditedIntoThePost() {
        Product product = published();
        sync.sync(product.id());

        new SetSalePriceService(db.products(), db.auditLog(), db.transactions(), db.promotions())
                .setSalePrice(SetSalePriceCommand.putOnSale(OWNER, product.dressId(), Price.ofRupees(9_999)));
        sync.sync(product.id());

        assertEquals(Optional.of(Price.ofRupees(9_999)), only().salePrice());
    }

    @Test
    void hidingDeletesThePostAndForgetsItsId() {
        Product product = published();
        sync.sync(product.id());

        change(product, ProductAction.HIDE);
        sync.sync(product.id());
        sync.sync(product.id());

        assertTrue(channel.posts().isEmpty());
        assertEquals(Optional.empty(), db.channelPosts().of(product.id()));
        assertEquals(2, channel.calls().size(), () -> "one post, one delete: " + channel.calls());
    }

    @Test
    void aPieceThatIsGoneHasItsPostDeleted() {
        Product product = published();
        sync.sync(product.id());

        db.products().delete(product.id());
        sync.sync(product.id());

        assertTrue(channel.posts().isEmpty());
        assertEquals(Optional.empty(), db.channelPosts().of(product.id()));
    }

    @Test
    void aPostDeletedByHandIsPostedAgainAtTheNextChange() {
        Product product = published();
        sync.sync(product.id());
        int first = db.channelPosts().of(product.id()).orElseThrow().messageId();
        channel.deleteByHand(first);

        change(product, ProductAction.MARK_SOLD_OUT);
        sync.sync(product.id());

        assertTrue(only().soldOut());
        assertTrue(db.channelPosts().of(product.id()).orElseThrow().messageId() != first);
    }

    @Test
    void aFailedCallKeepsNothingSoTheRetryDoesTheWholeJob() {
        Product product = published();
        channel.failNext(new IllegalStateException("Telegram sendPhoto failed: 502 Bad Gateway"));

        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> sync.sync(product.id()));
        assertEquals(Optional.empty(), db.channelPosts().of(product.id()));

        sync.sync(product.id());
        only();
    }

    @Test
    void withoutAChannelNothingIsCalled() {
        RecordingChannel none = new RecordingChannel(null);
        Product product = published();

        service(none).sync(product.id());

        assertEquals(List.of(), none.calls());
    }
}
