package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import com.rangoliboutique.domain.product.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link Products} promises. Run against the in-memory fake (application) and the PostgreSQL adapter
 * (adapters-persistence), so a use-case test on the fake says what the real thing would do. Each test starts on an
 * empty store whose id sequence is new.
 */
public interface ProductsContract {

    Products products();

    Transactions transactions();

    private Product aDraft() {
        return products().add(Product.draft(products().nextDressId(), TestProducts.details(), TestProducts.CHAT_ID));
    }

    @Test
    default void addGivesTheDraftAnIdAndReadsItBackAsStored() {
        DressId dressId = products().nextDressId();

        Product added = products().add(Product.draft(dressId, TestProducts.details(), TestProducts.CHAT_ID));

        assertNotNull(added.id());
        Product read = products().byId(added.id()).orElseThrow();
        assertEquals(dressId, read.dressId());
        assertEquals(TestProducts.details(), read.details());
        assertEquals(ProductStatus.DRAFT, read.status());
        assertEquals(TestProducts.CHAT_ID, read.telegramChatId());
        assertEquals(null, read.telegramMessageId());
        assertEquals(Optional.empty(), read.salePrice());
        assertNotNull(read.createdAt());
        assertEquals(added.id(), products().byDressId(dressId).orElseThrow().id());
    }

    @Test
    default void aProductReadIsACopyThatChangesNothingUntilUpdated() {
        Product read = products().byId(aDraft().id()).orElseThrow();

        read.publish();
        read.edit(ProductPatch.empty().withTitle("Changed but not saved"));

        Product again = products().byId(read.id()).orElseThrow();
        assertEquals(ProductStatus.DRAFT, again.status());
        assertEquals(TestProducts.details().title(), again.title());
    }

    @Test
    default void updateStoresTheStatusFieldsPreviewMessageAndReplacesTheVariants() {
        Product product = aDraft();
        product.publish();
        product.attachPreviewMessage(77);
        product.edit(new ProductPatch(Optional.of("Blue Silk Saree"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Price.ofRupees(13_000)),
                Optional.of(List.of(new Variant("Size", "M", 0), new Variant("Size", "L", 1)))));

        products().update(product);

        Product read = products().byId(product.id()).orElseThrow();
        assertEquals(ProductStatus.PUBLISHED, read.status());
        assertEquals(77, read.telegramMessageId());
        assertEquals("Blue Silk Saree", read.title());
        assertEquals(Price.ofRupees(13_000), read.price());
        assertEquals(List.of(new Variant("Size", "M", 0), new Variant("Size", "L", 1)), read.variants());
        assertFalse(read.updatedAt().isBefore(read.createdAt()), "updated no earlier than created");
    }

    @Test
    default void updateStoresASalePriceAndEndingTheSaleClearsIt() {
        Product product = aDraft();
        product.publish();
        product.putOnSale(Price.ofRupees(9_999));

        products().update(product);

        assertEquals(Optional.of(Price.ofRupees(9_999)), products().byId(product.id()).orElseThrow().salePrice());
        assertEquals(Optional.of(Price.ofRupees(9_999)),
                products().byDressId(product.dressId()).orElseThrow().salePrice());
        assertEquals(Price.ofRupees(12_500), products().byId(product.id()).orElseThrow().price());
        product.endSale();
        products().update(product);
        assertEquals(Optional.empty(), products().byId(product.id()).orElseThrow().salePrice());
    }

    @Test
    default void updateOfAProductNeverAddedIsRefused() {
        Product neverAdded = Product.draft(products().nextDressId(), TestProducts.details(), 1L);

        assertThrows(IllegalArgumentException.class, () -> products().update(neverAdded));
        assertTrue(products().byDressId(neverAdded.dressId()).isEmpty());
    }

    @Test
    default void dressIdsStartAtD1001AndCountUpOneByOne() {
        DressId first = products().nextDressId();
        DressId second = products().nextDressId();

        assertTrue(first.number() >= 1001, first + " is D-1001 or later");
        assertEquals(first.number() + 1, second.number());
    }

    @Test
    default void aSecondProductWithTheSameDressIdIsRefusedAndTheFirstKept() {
        Product first = aDraft();
        Product twin = Product.draft(first.dressId(), TestProducts.details(), 2L);

        assertThrows(RuntimeException.class, () -> products().add(twin));

        assertEquals(first.id(), products().byDressId(first.dressId()).orElseThrow().id());
        assertEquals(1L, products().countByStatus().get(ProductStatus.DRAFT));
    }

    @Test
    default void deleteRemovesTheProductByIdAndByDressId() {
        Product kept = aDraft();
        Product deleted = aDraft();

        products().delete(deleted.id());

        assertTrue(products().byId(deleted.id()).isEmpty());
        assertTrue(products().byDressId(deleted.dressId()).isEmpty());
        assertTrue(products().byId(kept.id()).isPresent());
    }

    @Test
    default void anIdOnceIssuedStaysIssuedAfterDeleteAndOneNeverGivenWasNot() {
        assertFalse(products().idEverIssued(1), "nothing issued in an empty store");
        Product kept = aDraft();
        Product deleted = aDraft();
        products().delete(deleted.id());

        assertTrue(products().idEverIssued(kept.id()));
        assertTrue(products().idEverIssued(deleted.id()));
        assertFalse(products().idEverIssued(deleted.id() + 1));
        assertFalse(products().idEverIssued(0));
        assertFalse(products().idEverIssued(-kept.id()));
    }

    @Test
    default void countByStatusNamesEveryStatusWithZeroForNone() {
        assertEquals(Map.of(ProductStatus.DRAFT, 0L, ProductStatus.PUBLISHED, 0L, ProductStatus.HIDDEN, 0L,
                ProductStatus.SOLD_OUT, 0L), products().countByStatus());
        Product published = aDraft();
        published.publish();
        products().update(published);
        aDraft();
        aDraft();

        assertEquals(Map.of(ProductStatus.DRAFT, 2L, ProductStatus.PUBLISHED, 1L, ProductStatus.HIDDEN, 0L,
                ProductStatus.SOLD_OUT, 0L), products().countByStatus());
    }

    @Test
    default void anUnknownIdOrDressIdIsEmpty() {
        assertTrue(products().byId(424_242).isEmpty());
        assertTrue(products().byDressId(new DressId(99_999)).isEmpty());
    }

    @Test
    default void byIdForUpdateInATransactionReadsTheProduct() {
        Product product = aDraft();

        Product locked = transactions().inTransaction(() -> products().byIdForUpdate(product.id()).orElseThrow());

        assertEquals(product.dressId(), locked.dressId());
        assertTrue(transactions().inTransaction(() -> products().byIdForUpdate(424_242)).isEmpty());
    }

    @Test
    default void byIdForUpdateOutsideATransactionIsRefused() {
        Product product = aDraft();

        assertThrows(RuntimeException.class, () -> products().byIdForUpdate(product.id()));
    }

    @Test
    default void aTransactionThatThrowsKeepsNothingItStoredButUsesUpTheDressId() {
        Product before = aDraft();
        RuntimeException failure = new IllegalStateException("the owner's audit entry could not be written");
        DressId[] attempted = new DressId[1];

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> transactions().inTransaction(() -> {
            attempted[0] = products().nextDressId();
            Product added = products().add(Product.draft(attempted[0], TestProducts.details(), 1L));
            Product changed = products().byId(before.id()).orElseThrow();
            changed.publish();
            products().update(changed);
            assertTrue(products().byId(added.id()).isPresent(), "seen inside its own transaction");
            throw failure;
        }));

        assertSame(failure, thrown);
        assertTrue(products().byDressId(attempted[0]).isEmpty(), "the added draft was rolled back");
        assertEquals(ProductStatus.DRAFT, products().byId(before.id()).orElseThrow().status(), "the update too");
        assertTrue(products().nextDressId().number() > attempted[0].number(), "a sequence is never rolled back");
    }

    @Test
    default void aTransactionThatReturnsKeepsEverythingItStored() {
        Product added = transactions().inTransaction(() -> {
            Product draft = products().add(Product.draft(products().nextDressId(), TestProducts.details(), 1L));
            draft.publish();
            products().update(draft);
            return draft;
        });

        assertEquals(ProductStatus.PUBLISHED, products().byId(added.id()).orElseThrow().status());
    }
}
