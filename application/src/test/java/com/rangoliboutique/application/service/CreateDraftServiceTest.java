package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.DraftCreated;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.InMemoryJobQueue;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateDraftServiceTest {

    private static final long ADMIN = 42L;
    private static final byte[] FRONT = "front photo".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BACK = "back photo".getBytes(StandardCharsets.UTF_8);

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final InMemoryJobQueue queue = new InMemoryJobQueue();
    private final CreateDraftService service = new CreateDraftService(db.products(), db.images(), store, queue,
            db.auditLog(), db.transactions());

    private static CreateDraftCommand twoPhotos() {
        return new CreateDraftCommand(ADMIN, TestProducts.CHAT_ID, TestProducts.details(), List.of(FRONT, BACK));
    }

    @Test
    void thePhotosAreStoredPrivatelyUnderTheNewDressId() {
        DraftCreated created = service.create(twoPhotos());

        String dressId = created.product().dressId().value();
        assertEquals(Set.of("originals/" + dressId + "/v1.jpg", "originals/" + dressId + "/v2.jpg"),
                store.privateKeys());
        assertArrayEquals(FRONT, store.get("originals/" + dressId + "/v1.jpg"));
        assertArrayEquals(BACK, store.get("originals/" + dressId + "/v2.jpg"));
        assertEquals(Set.of(), store.publicKeys(), "nothing public before the owner approves");
    }

    @Test
    void theDraftItsOriginalsAPendingAiImageAndTheAuditEntryAreStored() {
        Product product = service.create(twoPhotos()).product();

        Product stored = db.products().byDressId(product.dressId()).orElseThrow();
        assertEquals(ProductStatus.DRAFT, stored.status());
        assertEquals(TestProducts.details(), stored.details());
        assertEquals(TestProducts.CHAT_ID, stored.telegramChatId());
        List<Image> images = db.images().ofProduct(stored.id());
        assertEquals(List.of(ImageType.ORIGINAL, ImageType.ORIGINAL, ImageType.AI_GENERATED),
                images.stream().map(Image::type).toList());
        assertEquals(ImageStatus.PENDING, images.get(2).status());
        assertEquals("ai/" + product.dressId().value() + "/v1.jpg", images.get(2).storageKey());
        AuditEntry audited = db.auditLog().ofProduct(stored.id()).get(0);
        assertEquals(AuditAction.CREATE_DRAFT, audited.action());
        assertEquals(ADMIN, audited.adminId());
        assertEquals(Map.of("dress_id", product.dressId().value(), "title", TestProducts.details().title(),
                "photos", 2), audited.payload());
    }

    @Test
    void theAiJobIsQueuedForThePendingImageFromTheFirstPhoto() {
        DraftCreated created = service.create(twoPhotos());

        assertTrue(created.queued());
        Image pending = db.images().ofProduct(created.product().id()).get(2);
        assertEquals(List.of(new GenerationJob(created.product().id(), pending.id(),
                "originals/" + created.product().dressId().value() + "/v1.jpg", 1, 1)), queue.waiting());
    }

    @Test
    void aDraftWithoutAnAiPhotoHasNoPendingImageAndQueuesNothing() {
        DraftCreated created = service.create(new CreateDraftCommand(ADMIN, TestProducts.CHAT_ID,
                TestProducts.details(), List.of(FRONT), false));

        assertFalse(created.queued());
        assertEquals(List.of(ImageType.ORIGINAL),
                db.images().ofProduct(created.product().id()).stream().map(Image::type).toList());
        assertEquals(List.of(), queue.waiting());
    }

    @Test
    void twoDraftsGetDistinctDressIds() {
        Product first = service.create(twoPhotos()).product();
        Product second = service.create(twoPhotos()).product();

        assertNotEquals(first.dressId(), second.dressId());
        assertEquals(2L, db.products().countByStatus().get(ProductStatus.DRAFT));
    }

    @Test
    void aFailedTransactionLeavesNoRowAndRemovesTheStoredPhotos() {
        IllegalStateException commitFailed = new IllegalStateException("connection lost at COMMIT");
        db.failNextCommit(commitFailed);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> service.create(twoPhotos()));

        assertSame(commitFailed, thrown);
        assertEquals(0, db.rowCount(), "product, images and audit entry rolled back together");
        assertEquals(Set.of(), store.privateKeys(), "no photo left without a row pointing to it");
        assertEquals(List.of(), queue.waiting());
    }

    @Test
    void aPhotoTheStoreRefusesHalfwayLeavesNoRowAndRemovesTheOnesStored() {
        IllegalStateException diskFull = new IllegalStateException("disk full");
        store.refuseWritesAfter(1, diskFull);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> service.create(twoPhotos()));

        assertSame(diskFull, thrown);
        assertEquals(0, db.rowCount());
        assertEquals(Set.of(), store.privateKeys(), "the first photo, stored before the failure, is gone too");
    }

    @Test
    void anUnreachableQueueKeepsTheDraftAndItsPendingImageAndSaysNotQueued() {
        queue.unreachable();

        DraftCreated created = service.create(twoPhotos());

        assertFalse(created.queued());
        assertTrue(db.products().byId(created.product().id()).isPresent());
        assertEquals(ImageStatus.PENDING, db.images().ofProduct(created.product().id()).get(2).status(),
                "left for the worker's sweep");
    }
}
