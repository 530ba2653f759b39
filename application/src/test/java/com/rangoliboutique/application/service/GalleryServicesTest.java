package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ChooseGalleryUseCase.GalleryChoice;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.InMemoryJobQueue;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Add to gallery, then Approve: which AI versions go public, which is the main photo, on in-memory ports. */
class GalleryServicesTest {

    private static final long ADMIN = 42L;
    private static final ImageResizer RESIZER = (bytes, widths) -> List.of(
            new ImageResizer.Resized(400, 600, "jpeg 400".getBytes(StandardCharsets.UTF_8)));

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final ChooseGalleryService gallery = new ChooseGalleryService(db.products(), db.images(),
            db.transactions());
    private final ApproveDraftService approve = new ApproveDraftService(db.products(), db.images(), store, RESIZER,
            WebpEncoder.NONE, db.auditLog(), db.transactions(), db.promotions());

    @Test
    void theVersionAddedFirstIsTheMainPhotoAndTheGalleryFollowsInTheOrderAdded() {
        Product draft = draftWithReadyVersions(AiStyle.STUDIO, AiStyle.BACK_VIEW, AiStyle.FABRIC_CLOSEUP);

        gallery.toggle(ADMIN, draft.id(), 3);
        GalleryChoice choice = gallery.toggle(ADMIN, draft.id(), 1);
        approve.approve(ADMIN, draft.id());

        assertEquals(List.of(3, 1), choice.galleryVersions());
        assertEquals(0, ai(draft, 3).galleryPosition());
        assertEquals(1, ai(draft, 1).galleryPosition());
        assertTrue(ai(draft, 3).isPublic() && ai(draft, 1).isPublic());
        assertFalse(ai(draft, 2).isPublic(), "not in the gallery: stays private");
        assertEquals(3, MainPhoto.of(db.images().ofProduct(draft.id())).orElseThrow().version());
        var entry = db.auditLog().ofProduct(draft.id()).stream().filter(e -> e.action() == AuditAction.PUBLISH)
                .findFirst().orElseThrow();
        assertEquals(3, ((Number) entry.payload().get("ai_version")).intValue());
        assertEquals("1", entry.payload().get("gallery_versions"));
    }

    @Test
    void pressingAgainTakesAVersionOut() {
        Product draft = draftWithReadyVersions(AiStyle.STUDIO, AiStyle.THREE_QUARTER);

        gallery.toggle(ADMIN, draft.id(), 2);
        GalleryChoice out = gallery.toggle(ADMIN, draft.id(), 2);
        approve.approve(ADMIN, draft.id());

        assertFalse(out.inGallery());
        assertEquals(List.of(), out.galleryVersions());
        assertTrue(ai(draft, 2).isPublic(), "an empty gallery: the newest READY version, as the spec says");
        assertFalse(ai(draft, 1).isPublic());
    }

    @Test
    void onlyAReadyVersionOfADraftJoinsTheGallery() {
        Product draft = draftWithReadyVersions(AiStyle.STUDIO);
        db.images().add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2), AiStyle.BACK_VIEW));

        DomainException pending = assertThrows(DomainException.class, () -> gallery.toggle(ADMIN, draft.id(), 2));
        assertTrue(pending.getMessage().contains("is not ready"), pending.getMessage());
        approve.approve(ADMIN, draft.id());
        assertThrows(DomainException.class, () -> gallery.toggle(ADMIN, draft.id(), 1), "published: no gallery");
    }

    /** A draft whose AI versions 1, 2, … are READY, in these looks. */
    private Product draftWithReadyVersions(AiStyle... styles) {
        Product draft = new CreateDraftService(db.products(), db.images(), store, new InMemoryJobQueue(),
                db.auditLog(), db.transactions()).create(new CreateDraftCommand(ADMIN, TestProducts.CHAT_ID,
                TestProducts.details(), List.of("front".getBytes(StandardCharsets.UTF_8)))).product();
        for (int v = 1; v <= styles.length; v++) {
            Image image = v == 1 ? ai(draft, 1)
                    : db.images().add(Image.pendingAi(draft.id(), v, ImageKeys.ai(draft.dressId(), v), styles[v - 1]));
            store.put(image.storageKey(), ("ai v" + v).getBytes(StandardCharsets.UTF_8), "image/jpeg");
            image.markReady("signed");
            db.images().update(image);
        }
        return draft;
    }

    private Image ai(Product product, int version) {
        return db.images().ofProduct(product.id()).stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.version() == version).findFirst().orElseThrow();
    }
}
