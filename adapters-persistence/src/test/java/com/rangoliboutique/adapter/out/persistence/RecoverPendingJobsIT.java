package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.service.RecoverPendingJobsService;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redis was down when the draft was made, or lost its data: the sweep finds the PENDING image and queues it again. */
class RecoverPendingJobsIT extends DatabaseIT {

    @Inject
    Products products;
    @Inject
    Images images;
    @Inject
    JobQueue queue;
    @Inject
    JobInbox inbox;
    @Inject
    RedisClient redis;

    private RecoverPendingJobsService sweeper;

    @BeforeEach
    void setUp() {
        redis.flushDB();
        sweeper = new RecoverPendingJobsService(images, queue, inbox, Clock.systemUTC(), Duration.ofMinutes(5));
    }

    @Test
    void aPendingImageWithNoLiveJobIsQueuedAgainOnce() throws Exception {
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        images.add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        Image orphan = images.add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));
        Image fresh = images.add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2)));
        sql("UPDATE images SET created_at = NOW() - INTERVAL '10 minutes' WHERE id = " + orphan.id());

        assertEquals(List.of(orphan.id()), images.pendingAiCreatedBefore(Clock.systemUTC().instant()
                .minus(Duration.ofMinutes(5))).stream().map(Image::id).toList());
        assertEquals(1, sweeper.requeueOrphans());
        assertEquals(0, sweeper.requeueOrphans(), "its job is live now");

        JobInbox.Delivery delivery = inbox.take(Duration.ofMillis(200)).orElseThrow();
        assertEquals(new GenerationJob(draft.id(), orphan.id(), ImageKeys.original(draft.dressId(), 1), 1, 1),
                delivery.job());
        assertTrue(inbox.take(Duration.ofMillis(200)).isEmpty(), "the fresh image " + fresh.id() + " is left alone");
    }

    @Test
    void aPendingImageOfAPublishedProductIsLeftAlone() throws Exception {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
        images.add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1)));
        product.publishOriginalOnly();
        products.update(product);
        sql("UPDATE images SET created_at = NOW() - INTERVAL '1 hour'");

        assertEquals(0, sweeper.requeueOrphans());
    }

    @Test
    void readyAndFailedImagesAreNeverQueuedAgain() throws Exception {
        Product draft = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        images.add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        Image ready = images.add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));
        ready.markReady(null);
        images.update(ready);
        Image failed = images.add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2)));
        failed.markFailed();
        images.update(failed);
        sql("UPDATE images SET created_at = NOW() - INTERVAL '1 hour'");

        assertEquals(0, sweeper.requeueOrphans());
    }
}
