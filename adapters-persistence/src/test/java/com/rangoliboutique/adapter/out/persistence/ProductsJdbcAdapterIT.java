package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import com.rangoliboutique.domain.product.Variant;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductsJdbcAdapterIT extends DatabaseIT {

    @Inject
    Products products;
    @Inject
    Transactions transactions;

    @Test
    void addStoresTheDraftWithItsVariantsAndReadsItBack() {
        Product added = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 555L));

        Product read = products.byId(added.id()).orElseThrow();
        assertEquals(added.dressId(), read.dressId());
        assertEquals(TestProducts.details(), read.details());
        assertEquals(ProductStatus.DRAFT, read.status());
        assertEquals(555L, read.telegramChatId());
        assertNotNull(read.createdAt());
        assertEquals(read, products.byDressId(added.dressId()).orElseThrow());
    }

    @Test
    void jsonListsKeepUnicodeQuotesAndOrder() {
        ProductDetails details = new ProductDetails("साड़ी \"Rani\" <b>", "", List.of("saree", "silk \"pure\""),
                List.of("लाल", "wedding", "a,b"), Price.ofRupees(999), List.of());
        Product added = products.add(Product.draft(products.nextDressId(), details, null));

        Product read = products.byId(added.id()).orElseThrow();
        assertEquals(details.categories(), read.categories());
        assertEquals(details.tags(), read.tags());
        assertEquals(details.title(), read.title());
    }

    @Test
    void dressIdsComeFromTheSequenceOneAfterAnother() {
        DressId first = products.nextDressId();
        DressId second = products.nextDressId();
        assertTrue(first.number() >= 1001);
        assertEquals(first.number() + 1, second.number());
    }

    @Test
    void fiftyConcurrentDraftCreationsGetFiftyDistinctDressIds() throws Exception {
        int drafts = 50;
        ExecutorService pool = Executors.newFixedThreadPool(drafts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DressId>> created = new ArrayList<>();
        for (int i = 0; i < drafts; i++) {
            Callable<DressId> createDraft = () -> {
                start.await();
                return transactions.inTransaction(() ->
                        products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L)).dressId());
            };
            created.add(pool.submit(createDraft));
        }
        start.countDown();
        Set<DressId> ids = new HashSet<>();
        for (Future<DressId> future : created) {
            ids.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(drafts, ids.size());
        assertEquals(drafts, products.countByStatus().get(ProductStatus.DRAFT));
        for (DressId id : ids) {
            assertTrue(products.byDressId(id).isPresent(), id + " stored");
        }
    }

    @Test
    void updateStoresTheNewStatusFieldsAndReplacesVariants() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        product.publish();
        product.attachPreviewMessage(77);
        product.edit(new ProductPatch(Optional.of("Blue Silk Saree"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Price.ofRupees(13000)),
                Optional.of(List.of(new Variant("Size", "M", 0), new Variant("Size", "L", 1)))));
        products.update(product);

        Product read = products.byId(product.id()).orElseThrow();
        assertEquals(ProductStatus.PUBLISHED, read.status());
        assertEquals(77, read.telegramMessageId());
        assertEquals("Blue Silk Saree", read.title());
        assertEquals(Price.ofRupees(13000), read.price());
        assertEquals(List.of(new Variant("Size", "M", 0), new Variant("Size", "L", 1)), read.variants());
        assertTrue(!read.updatedAt().isBefore(read.createdAt()));
    }

    @Test
    void deleteRemovesTheProduct() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        products.delete(product.id());
        assertTrue(products.byId(product.id()).isEmpty());
        assertTrue(products.byDressId(product.dressId()).isEmpty());
    }

    @Test
    void aDeletedProductsIdWasIssuedOneNeverGivenWasNot() {
        assertFalse(products.idEverIssued(1), "nothing issued after the tables were emptied");
        Product kept = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Product deleted = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        products.delete(deleted.id());

        assertTrue(products.idEverIssued(kept.id()));
        assertTrue(products.idEverIssued(deleted.id()));
        assertFalse(products.idEverIssued(deleted.id() + 1));
        assertFalse(products.idEverIssued(0));
        assertFalse(products.idEverIssued(-kept.id()));
    }

    @Test
    void countByStatusNamesEveryStatus() {
        Product published = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        published.publish();
        products.update(published);
        products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));

        assertEquals(Map.of(ProductStatus.DRAFT, 2L, ProductStatus.PUBLISHED, 1L, ProductStatus.HIDDEN, 0L,
                ProductStatus.SOLD_OUT, 0L), products.countByStatus());
    }

    @Test
    void unknownDressIdIsEmpty() {
        assertTrue(products.byDressId(new DressId(99999)).isEmpty());
    }
}
