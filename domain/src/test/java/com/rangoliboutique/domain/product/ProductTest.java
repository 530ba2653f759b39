package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.IllegalTransitionException;
import com.rangoliboutique.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.rangoliboutique.domain.product.TestProducts.*;
import static org.junit.jupiter.api.Assertions.*;

class ProductTest {

    @Test
    void draftStartsUnsavedAndInvisible() {
        Product draft = Product.draft(DRESS_ID, details(), CHAT_ID);

        assertNull(draft.id());
        assertEquals(ProductStatus.DRAFT, draft.status());
        assertEquals(DRESS_ID, draft.dressId());
        assertEquals(CHAT_ID, draft.telegramChatId());
        assertNull(draft.telegramMessageId());
        assertFalse(draft.visibleToBuyers());
        assertEquals("Red Banarasi Silk Saree", draft.title());
        assertEquals(Price.ofRupees(12_500), draft.price());
        assertEquals(List.of("saree", "silk"), draft.categories());
        assertEquals(List.of("wedding", "red", "banarasi"), draft.tags());
        assertEquals(2, draft.variants().size());
        assertEquals("Pure silk with zari border.", draft.description());
    }

    @Test
    void approveMovesDraftToPublished() {
        Product saree = draftSaree();
        saree.publish();
        assertEquals(ProductStatus.PUBLISHED, saree.status());
        assertTrue(saree.visibleToBuyers());
    }

    @Test
    void publishOriginalOnlyAlsoPublishes() {
        Product saree = draftSaree();
        saree.publishOriginalOnly();
        assertEquals(ProductStatus.PUBLISHED, saree.status());
    }

    @Test
    void hideAndUnhideTakeItOffAndBackOnTheCatalog() {
        Product saree = publishedSaree();
        saree.hide();
        assertEquals(ProductStatus.HIDDEN, saree.status());
        assertFalse(saree.visibleToBuyers());

        saree.unhide();
        assertEquals(ProductStatus.PUBLISHED, saree.status());
    }

    @Test
    void soldOutStaysVisibleAndCanGoBackOnSale() {
        Product saree = publishedSaree();
        saree.markSoldOut();
        assertEquals(ProductStatus.SOLD_OUT, saree.status());
        assertTrue(saree.visibleToBuyers());

        saree.unhide();
        assertEquals(ProductStatus.PUBLISHED, saree.status());
    }

    @Test
    void rejectsSoldOutOnDraftAndKeepsTheStatus() {
        Product saree = draftSaree();
        var refused = assertThrows(IllegalTransitionException.class, saree::markSoldOut);
        assertEquals("D-1042 is still a draft — approve it first.", refused.getMessage());
        assertEquals(ProductStatus.DRAFT, saree.status());
    }

    @Test
    void onlyDraftsAndHiddenPiecesCanBeDiscarded() {
        assertDoesNotThrow(draftSaree()::ensureDiscardable);
        var refused = assertThrows(IllegalTransitionException.class, soldOutSaree()::ensureDiscardable);
        assertEquals("D-1042 is sold out — only drafts and hidden pieces can be discarded; use /hide to take it off"
                        + " the catalog.",
                refused.getMessage());
    }

    @Test
    void attachPreviewMessageRemembersTheTelegramMessage() {
        Product saree = newDraftSaree();
        saree.attachPreviewMessage(4321);
        assertEquals(4321, saree.telegramMessageId());
    }

    @Test
    void editChangesOnlyThePresentFields() {
        Product saree = publishedSaree();
        saree.edit(ProductPatch.empty().withPrice(Price.ofRupees(13_500)).withTags(List.of("festive")));

        assertEquals(Price.ofRupees(13_500), saree.price());
        assertEquals(List.of("festive"), saree.tags());
        assertEquals("Red Banarasi Silk Saree", saree.title());
        assertEquals(List.of("saree", "silk"), saree.categories());
        assertEquals(details().variants(), saree.variants());
        assertEquals(ProductStatus.PUBLISHED, saree.status());
    }

    @Test
    void editWithAnEmptyPatchChangesNothing() {
        Product saree = hiddenSaree();
        saree.edit(ProductPatch.empty());
        assertEquals(details(), saree.details());
    }

    @Test
    void editRefusesABlankTitleAndKeepsTheOldDetails() {
        Product saree = draftSaree();
        assertThrows(InvalidValueException.class, () -> saree.edit(ProductPatch.empty().withTitle("  ")));
        assertEquals(details(), saree.details());
    }

    @Test
    void restoreKeepsEverythingAsStored() {
        Product saree = soldOutSaree();
        assertEquals(ID, saree.id());
        assertEquals(ProductStatus.SOLD_OUT, saree.status());
        assertEquals(PREVIEW_MESSAGE_ID, saree.telegramMessageId());
        assertEquals(CREATED_AT, saree.createdAt());
        assertEquals(UPDATED_AT, saree.updatedAt());
    }

    @Test
    void equalByIdOnceSaved() {
        assertEquals(draftSaree(), publishedSaree());
        assertEquals(draftSaree().hashCode(), publishedSaree().hashCode());
        assertNotEquals(draftSaree(), aSaree().id(2L).build());
        assertNotEquals(newDraftSaree(), newDraftSaree());
    }

    @Test
    void detailsCopyListsAndDefaultTheDescription() {
        var categories = new java.util.ArrayList<>(List.of("saree"));
        var details = new ProductDetails(" Saree ", null, categories, null, Price.ofRupees(1), null);
        categories.add("silk");

        assertEquals("Saree", details.title());
        assertEquals("", details.description());
        assertEquals(List.of("saree"), details.categories());
        assertEquals(List.of(), details.tags());
        assertEquals(List.of(), details.variants());
        assertThrows(UnsupportedOperationException.class, () -> details.categories().add("x"));
    }

    @Test
    void detailsRefuseAMissingPriceAndAnOverlongTitle() {
        assertThrows(InvalidValueException.class, () -> new ProductDetails("Saree", "", null, null, null, null));
        var tooLong = assertThrows(InvalidValueException.class,
                () -> new ProductDetails("x".repeat(256), "", null, null, Price.ofRupees(1), null));
        assertEquals("Title is 256 characters long — keep it to 255 or fewer.", tooLong.getMessage());
    }

    @Test
    void variantTrimsAndValidates() {
        assertEquals(new Variant("Size", "Free Size", 0), new Variant(" Size ", " Free Size ", 0));
        assertThrows(InvalidValueException.class, () -> new Variant(" ", "Red", 0));
        assertThrows(InvalidValueException.class, () -> new Variant("Color", "", 0));
        assertThrows(InvalidValueException.class, () -> new Variant("x".repeat(51), "Red", 0));
        assertThrows(InvalidValueException.class, () -> new Variant("Color", "x".repeat(101), 0));
        assertDoesNotThrow(() -> new Variant("x".repeat(50), "x".repeat(100), 0));
    }

    @Test
    void patchKnowsWhenItIsEmpty() {
        assertTrue(ProductPatch.empty().isEmpty());
        assertTrue(new ProductPatch(null, null, null, null, null, null).isEmpty());
        assertFalse(ProductPatch.empty().withDescription("").isEmpty());
    }
}
