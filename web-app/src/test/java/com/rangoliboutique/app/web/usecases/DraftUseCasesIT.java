package com.rangoliboutique.app.web.usecases;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.DraftCreated;
import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.in.ApproveDraftUseCase;
import com.rangoliboutique.application.port.in.DiscardDraftUseCase;
import com.rangoliboutique.application.port.in.PublishOriginalOnlyUseCase;
import com.rangoliboutique.application.port.in.RegenerateAiImageUseCase;
import com.rangoliboutique.application.port.in.RegenerateAiImageUseCase.RegenerationStarted;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.service.CreateDraftService;
import com.rangoliboutique.application.service.Publication;
import com.rangoliboutique.application.service.PublishOriginalOnlyService;
import com.rangoliboutique.application.service.RegenerateAiImageService;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.IllegalTransitionException;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner's draft use cases (flows A, C, D, E, discard, edit) as the web app wires them, on real PostgreSQL, Redis,
 * the local-disk image store and the JDK image resizer. Only infrastructure failures are stood in for (a queue that is
 * down, a database or disk that fails mid-way), by wrapping the real port beans.
 */
@MicronautTest(environments = "test", transactional = false)
class DraftUseCasesIT extends PostgresIT {

    private static final long OWNER = 111_111L;
    private static final long CHAT = 555_000_111L;
    private static final Path STORAGE = temporaryFolder();
    private static final byte[] FRONT = TestImages.jpeg(60, 80, Color.RED);
    private static final byte[] BACK = TestImages.jpeg(60, 80, Color.BLUE);
    private static final byte[] AI_JPEG = TestImages.jpeg(60, 80, Color.GREEN);
    private static final byte[] FRONT_PHOTO = TestImages.jpeg(1000, 1500, Color.RED);
    private static final byte[] AI_PHOTO = TestImages.jpeg(1600, 2400, Color.GREEN);
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Inject
    CreateDraftUseCase createDraft;
    @Inject
    ApproveDraftUseCase approve;
    @Inject
    PublishOriginalOnlyUseCase publishOriginal;
    @Inject
    RegenerateAiImageUseCase regenerate;
    @Inject
    DiscardDraftUseCase discard;
    @Inject
    EditProductUseCase editProduct;
    @Inject
    ChangeProductStatusUseCase status;
    @Inject
    Products products;
    @Inject
    Images images;
    @Inject
    ImageStore store;
    @Inject
    ImageResizer resizer;
    @Inject
    WebpEncoder webp;
    @Inject
    JobQueue queue;
    @Inject
    JobInbox inbox;
    @Inject
    AuditLog audit;
    @Inject
    Transactions transactions;
    @Inject
    com.rangoliboutique.application.port.out.Promotions promotions;
    @Inject
    com.rangoliboutique.application.port.out.RateLimits limits;
    @Inject
    RedisClient redis;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(super.getProperties());
        p.put("storage.dir", STORAGE.toString());
        p.put("storage.secret-key", "draft-use-cases-secret");
        p.put("storage.public-base-url", "");
        return p;
    }

    @BeforeEach
    void emptyQueueAndStorage() throws IOException {
        redis.flushDB(); // image ids restart at 1 with the tables, so old "live" job markers must go too
        for (String area : List.of("private", "public")) {
            try (Stream<Path> files = Files.list(STORAGE.resolve(area))) {
                for (Path file : files.toList()) {
                    deleteTree(file);
                }
            }
        }
    }

    @AfterAll
    static void removeStorage() throws IOException {
        deleteTree(STORAGE);
    }

    // ---- flow A: photos + caption → draft

    @Test
    void createStoresPhotosPrivatelySavesTheDraftAndQueuesItsAiJob() {
        DraftCreated created = createDraft.create(command(FRONT, BACK));

        Product product = created.product();
        DressId dressId = product.dressId();
        assertTrue(created.queued());
        assertEquals(ProductStatus.DRAFT, products.byId(product.id()).orElseThrow().status());
        assertEquals(CHAT, products.byId(product.id()).orElseThrow().telegramChatId());
        assertEquals(TestProducts.details(), products.byId(product.id()).orElseThrow().details());

        assertArrayEquals(FRONT, store.get(ImageKeys.original(dressId, 1)));
        assertArrayEquals(BACK, store.get(ImageKeys.original(dressId, 2)));
        assertTrue(publicCopy(ImageKeys.original(dressId, 1)).isEmpty(), "a draft's photo is not public");

        List<Image> rows = images.ofProduct(product.id());
        assertEquals(List.of("ORIGINAL v1 READY " + ImageKeys.original(dressId, 1),
                        "ORIGINAL v2 READY " + ImageKeys.original(dressId, 2),
                        "AI_GENERATED v1 PENDING " + ImageKeys.ai(dressId, 1)),
                rows.stream().map(DraftUseCasesIT::describe).toList());

        List<AuditEntry> trail = audit.ofProduct(product.id());
        assertEquals(List.of(AuditAction.CREATE_DRAFT), actions(trail));
        assertEquals(OWNER, trail.get(0).adminId());
        assertEquals(dressId.value(), trail.get(0).payload().get("dress_id"));
        assertEquals("Red Banarasi Silk Saree", trail.get(0).payload().get("title"));
        assertEquals(2, number(trail.get(0).payload().get("photos")));

        JobInbox.Delivery delivery = inbox.take(WAIT).orElseThrow();
        assertEquals(new GenerationJob(product.id(), aiImage(product, 1).id(), ImageKeys.original(dressId, 1), 1, 1),
                delivery.job());
        inbox.complete(delivery);
    }

    @Test
    void createWithTheQueueDownKeepsTheDraftForTheSweep() {
        JobQueue down = job -> {
            throw new JobQueue.QueueUnavailableException("the job queue (Redis) is unreachable", null);
        };
        CreateDraftUseCase withQueueDown = new CreateDraftService(products, images, store, down, audit, transactions);

        DraftCreated created = withQueueDown.create(command(FRONT));

        assertFalse(created.queued());
        assertEquals(ProductStatus.DRAFT, products.byId(created.product().id()).orElseThrow().status());
        assertEquals(ImageStatus.PENDING, aiImage(created.product(), 1).status());
        assertArrayEquals(FRONT, store.get(ImageKeys.original(created.product().dressId(), 1)));
        assertEquals(List.of(AuditAction.CREATE_DRAFT), actions(audit.ofProduct(created.product().id())));
        assertEquals(0, inbox.depth());
    }

    @Test
    void aFailingTransactionLeavesNoRowsAndNoStoredPhotos() throws Exception {
        IllegalStateException failure = new IllegalStateException("the database went away mid-way");
        // everything is written when the audit entry fails: the rollback must take it all back
        AuditLog failingAtTheEnd = failingAfterRecording(failure);
        CreateDraftUseCase failing = new CreateDraftService(products, images, store, queue, failingAtTheEnd,
                transactions);

        assertSame(failure, assertThrows(IllegalStateException.class, () -> failing.create(command(FRONT, BACK))));

        assertNothingSaved();
        assertEquals(0, inbox.depth());
    }

    @Test
    void aPhotoThatCannotBeStoredLeavesNoRowsAndNoStoredPhotos() throws Exception {
        UncheckedIOException diskFull = new UncheckedIOException(new IOException("No space left on device"));
        ImageStore failingOnTheSecondPhoto = new DelegatingImageStore(store) {
            @Override
            public void put(String key, byte[] bytes, String contentType) {
                if (key.endsWith("/v2.jpg")) {
                    throw diskFull;
                }
                super.put(key, bytes, contentType);
            }
        };
        CreateDraftUseCase failing = new CreateDraftService(products, images, failingOnTheSecondPhoto, queue,
                audit, transactions);

        assertSame(diskFull, assertThrows(UncheckedIOException.class, () -> failing.create(command(FRONT, BACK))));

        assertNothingSaved();
    }

    @Test
    void twentyDraftsCreatedAtOnceGetTwentyDistinctDressIds() throws Exception {
        int count = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<DraftCreated>> owners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            owners.add(() -> {
                start.await();
                return createDraft.create(command(FRONT));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<DraftCreated>> running = owners.stream().map(pool::submit).toList();
            start.countDown();
            Set<DressId> dressIds = new HashSet<>();
            for (Future<DraftCreated> draft : running) {
                DraftCreated created = draft.get(60, TimeUnit.SECONDS);
                assertTrue(created.queued());
                dressIds.add(created.product().dressId());
            }
            assertEquals(count, dressIds.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(count, products.countByStatus().get(ProductStatus.DRAFT));
        assertEquals(count, countRows("SELECT count(*) FROM images WHERE type = 'AI_GENERATED' AND status = 'PENDING'"));
        assertEquals(count, inbox.depth());
    }

    // ---- flow C: approve

    @Test
    void approvePublishesTheOriginalsAndTheNewestReadyAiPhoto() {
        Product draft = createDraft.create(command(FRONT, BACK)).product();
        DressId dressId = draft.dressId();
        generated(aiImage(draft, 1));
        generated(aiImage(draft, regenerate.regenerate(OWNER, draft.id()).version()));
        regenerate.regenerate(OWNER, draft.id()); // v3 still on its way

        Product published = approve.approve(OWNER, draft.id());

        assertEquals(ProductStatus.PUBLISHED, published.status());
        assertEquals(ProductStatus.PUBLISHED, products.byId(draft.id()).orElseThrow().status());
        assertPublished(ImageKeys.original(dressId, 1), FRONT, originalImage(draft, 1));
        assertPublished(ImageKeys.original(dressId, 2), BACK, originalImage(draft, 2));
        assertPublished(ImageKeys.ai(dressId, 2), AI_JPEG, aiImage(draft, 2));
        assertTrue(publicCopy(ImageKeys.ai(dressId, 1)).isEmpty(), "an older AI version stays private");
        assertFalse(aiImage(draft, 1).url().contains("/public/"));
        assertEquals(ImageStatus.PENDING, aiImage(draft, 3).status());

        AuditEntry publish = last(audit.ofProduct(draft.id()));
        assertEquals(AuditAction.PUBLISH, publish.action());
        assertEquals(OWNER, publish.adminId());
        assertEquals(2, number(publish.payload().get("ai_version")));
    }

    @Test
    void approveWithoutAReadyAiPhotoPublishesTheOriginalsOnly() {
        Product draft = createDraft.create(command(FRONT)).product();
        Image failed = aiImage(draft, 1);
        failed.markFailed();
        images.update(failed);

        approve.approve(OWNER, draft.id());

        assertEquals(ProductStatus.PUBLISHED, products.byId(draft.id()).orElseThrow().status());
        assertPublished(ImageKeys.original(draft.dressId(), 1), FRONT, originalImage(draft, 1));
        assertNull(aiImage(draft, 1).url());
        AuditEntry publish = last(audit.ofProduct(draft.id()));
        assertEquals(AuditAction.PUBLISH, publish.action());
        assertTrue(publish.payload().containsKey("ai_version"));
        assertNull(publish.payload().get("ai_version"));
    }

    @Test
    void approvingTwiceIsRefusedAndChangesNothing() {
        Product draft = createDraft.create(command(FRONT)).product();
        generated(aiImage(draft, 1));
        approve.approve(OWNER, draft.id());
        String before = snapshot(draft);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> approve.approve(OWNER, draft.id()));

        assertEquals(draft.dressId() + " is already published.", refused.getMessage());
        assertEquals(before, snapshot(draft));
        IllegalTransitionException alsoRefused = assertThrows(IllegalTransitionException.class,
                () -> publishOriginal.publishOriginalOnly(OWNER, draft.id()));
        assertEquals(draft.dressId() + " is already published.", alsoRefused.getMessage());
        assertEquals(before, snapshot(draft));
    }

    // ---- flow D: publish original only

    @Test
    void publishOriginalOnlyLeavesTheAiPhotoPrivate() {
        Product draft = createDraft.create(command(FRONT, BACK)).product();
        generated(aiImage(draft, 1));

        Product published = publishOriginal.publishOriginalOnly(OWNER, draft.id());

        assertEquals(ProductStatus.PUBLISHED, published.status());
        assertEquals(ProductStatus.PUBLISHED, products.byId(draft.id()).orElseThrow().status());
        assertPublished(ImageKeys.original(draft.dressId(), 1), FRONT, originalImage(draft, 1));
        assertPublished(ImageKeys.original(draft.dressId(), 2), BACK, originalImage(draft, 2));
        assertTrue(publicCopy(ImageKeys.ai(draft.dressId(), 1)).isEmpty());
        assertFalse(aiImage(draft, 1).url().contains("/public/"));
        AuditEntry entry = last(audit.ofProduct(draft.id()));
        assertEquals(AuditAction.PUBLISH_ORIGINAL_ONLY, entry.action());
        assertEquals(OWNER, entry.adminId());
    }

    // ---- flows C and D: resized public copies (renditions)

    @Test
    void approveStoresAndRecordsResizedPublicCopiesOfEveryPublishedImage() {
        Product draft = createDraft.create(command(FRONT_PHOTO, BACK)).product();
        generated(aiImage(draft, 1), AI_PHOTO);
        generated(aiImage(draft, regenerate.regenerate(OWNER, draft.id()).version()), AI_PHOTO);

        approve.approve(OWNER, draft.id());

        assertRenditions(originalImage(draft, 1), "400×600", "800×1200", "1000×1500");
        assertRenditions(originalImage(draft, 2), "60×80"); // narrower than every width: its own, once
        assertRenditions(aiImage(draft, 2), "400×600", "800×1200", "1200×1800");
        assertTrue(originalImage(draft, 1).isPublic());
        assertTrue(originalImage(draft, 2).isPublic());
        assertTrue(aiImage(draft, 2).isPublic());
        assertNotPublicNorResized(aiImage(draft, 1)); // the older AI version
    }

    @Test
    void publishOriginalOnlyResizesTheOriginalsOnlyAndKeepsTheAiPhotoPrivate() {
        Product draft = createDraft.create(command(FRONT_PHOTO)).product();
        generated(aiImage(draft, 1), AI_PHOTO);

        publishOriginal.publishOriginalOnly(OWNER, draft.id());

        assertRenditions(originalImage(draft, 1), "400×600", "800×1200", "1000×1500");
        assertTrue(originalImage(draft, 1).isPublic());
        assertNotPublicNorResized(aiImage(draft, 1));
    }

    @Test
    void aPictureThatCannotBeResizedIsStillPublishedFullSizeWithAWarning() {
        Product draft = createDraft.create(command(FRONT_PHOTO)).product();
        byte[] damaged = Arrays.copyOf(AI_PHOTO, 40); // the header, then nothing
        generated(aiImage(draft, 1), damaged);
        ListAppender<ILoggingEvent> log = captureLog(Publication.class);

        Product published;
        try {
            published = approve.approve(OWNER, draft.id());
        } finally {
            stopCapturing(Publication.class, log);
        }

        assertEquals(ProductStatus.PUBLISHED, published.status());
        Image ai = aiImage(draft, 1);
        assertPublished(ImageKeys.ai(draft.dressId(), 1), damaged, ai); // the catalog falls back to its url
        assertTrue(ai.isPublic());
        assertEquals(List.of(), images.renditionsOf(ai.id()));
        assertRenditions(originalImage(draft, 1), "400×600", "800×1200", "1000×1500");
        List<ILoggingEvent> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertEquals(1, warnings.size(), log.list.toString());
        assertTrue(warnings.get(0).getFormattedMessage().contains(ai.storageKey()), warnings.get(0).toString());
        assertEquals(AuditAction.PUBLISH, last(audit.ofProduct(draft.id())).action());
    }

    @Test
    void aPublishThatFailsToCommitRecordsNoRenditionsAndMakesNothingPublic() {
        Product draft = createDraft.create(command(FRONT_PHOTO)).product();
        IllegalStateException failure = new IllegalStateException("the database went away mid-way");
        // everything is written when the audit entry fails: the rollback must take it all back
        AuditLog failingAtTheEnd = failingAfterRecording(failure);
        PublishOriginalOnlyUseCase failing = new PublishOriginalOnlyService(products, images, store, resizer,
                webp, failingAtTheEnd, transactions, promotions);

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> failing.publishOriginalOnly(OWNER, draft.id())));

        assertEquals(ProductStatus.DRAFT, products.byId(draft.id()).orElseThrow().status());
        Image original = originalImage(draft, 1);
        assertFalse(original.isPublic());
        assertEquals(List.of(), images.renditionsOf(original.id()));
        // copies no row points to are harmless, and the next publish overwrites them
        publishOriginal.publishOriginalOnly(OWNER, draft.id());
        assertRenditions(originalImage(draft, 1), "400×600", "800×1200", "1000×1500");
    }

    // ---- flow E: regenerate

    @Test
    void regenerateAddsTheNextPendingVersionAndQueuesIt() {
        Product draft = createDraft.create(command(FRONT, BACK)).product();
        inbox.complete(inbox.take(WAIT).orElseThrow()); // the worker ran v1
        generated(aiImage(draft, 1));

        RegenerationStarted started = regenerate.regenerate(OWNER, draft.id());

        assertEquals(2, started.version());
        assertTrue(started.queued());
        assertEquals(ProductStatus.DRAFT, started.product().status());
        Image v2 = aiImage(draft, 2);
        assertEquals(ImageStatus.PENDING, v2.status());
        assertEquals(ImageKeys.ai(draft.dressId(), 2), v2.storageKey());
        assertEquals(ImageStatus.READY, aiImage(draft, 1).status());
        AuditEntry entry = last(audit.ofProduct(draft.id()));
        assertEquals(AuditAction.REGENERATE_AI, entry.action());
        assertEquals(2, number(entry.payload().get("new_version")));

        JobInbox.Delivery delivery = inbox.take(WAIT).orElseThrow();
        assertEquals(new GenerationJob(draft.id(), v2.id(), ImageKeys.original(draft.dressId(), 1), 2, 1),
                delivery.job());
        inbox.complete(delivery);
    }

    @Test
    void regenerateWithTheQueueDownKeepsTheNewVersionForTheSweep() {
        Product draft = createDraft.create(command(FRONT)).product();
        JobQueue down = job -> {
            throw new JobQueue.QueueUnavailableException("the job queue (Redis) is unreachable", null);
        };
        RegenerateAiImageUseCase withQueueDown = new RegenerateAiImageService(products, images, down, audit,
                transactions, limits, 5);

        RegenerationStarted started = withQueueDown.regenerate(OWNER, draft.id());

        assertFalse(started.queued());
        assertEquals(ImageStatus.PENDING, aiImage(draft, 2).status());
    }

    @Test
    void regenerateOnAPublishedProductIsRefused() {
        Product draft = createDraft.create(command(FRONT)).product();
        publishOriginal.publishOriginalOnly(OWNER, draft.id());
        String before = snapshot(draft);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> regenerate.regenerate(OWNER, draft.id()));

        assertEquals(draft.dressId() + " is already published — only drafts can be regenerated.",
                refused.getMessage());
        assertEquals(before, snapshot(draft));
    }

    // ---- discard

    @Test
    void discardDeletesTheRowsAndEveryStoredObjectAndKeepsTheAuditEntry() throws Exception {
        Product draft = createDraft.create(command(FRONT, BACK)).product();
        generated(aiImage(draft, 1));
        store.publish(ImageKeys.original(draft.dressId(), 1)); // say, left over by an approve whose commit failed
        Product other = createDraft.create(command(BACK)).product();

        DressId discarded = discard.discard(OWNER, draft.id());

        assertEquals(draft.dressId(), discarded);
        assertTrue(products.byId(draft.id()).isEmpty());
        assertEquals(0, countRows("SELECT count(*) FROM images WHERE product_id = " + draft.id()));
        assertEquals(0, countRows("SELECT count(*) FROM variant_options WHERE product_id = " + draft.id()));
        assertEquals(List.of(), storedFiles(draft.dressId()));
        assertThrows(NoSuchElementException.class, () -> store.get(ImageKeys.original(draft.dressId(), 1)));

        AuditEntry entry = audit.latest(1).get(0);
        assertEquals(AuditAction.DISCARD, entry.action());
        assertEquals(OWNER, entry.adminId());
        assertNull(entry.productId(), "the product is gone; the entry stays");
        assertEquals(draft.dressId().value(), entry.payload().get("dress_id"));
        assertEquals("Red Banarasi Silk Saree", entry.payload().get("title"));

        assertEquals(ProductStatus.DRAFT, products.byId(other.id()).orElseThrow().status());
        assertArrayEquals(BACK, store.get(ImageKeys.original(other.dressId(), 1)));
    }

    @Test
    void discardingAPublishedProductIsRefusedAndKeepsEverything() throws Exception {
        Product draft = createDraft.create(command(FRONT)).product();
        publishOriginal.publishOriginalOnly(OWNER, draft.id());
        String before = snapshot(draft);
        List<String> files = storedFiles(draft.dressId());

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> discard.discard(OWNER, draft.id()));

        assertEquals(draft.dressId() + " is already published — only drafts and hidden pieces can be discarded;"
                + " use /hide to take it off the catalog.", refused.getMessage());
        assertEquals(before, snapshot(draft));
        assertEquals(files, storedFiles(draft.dressId()));
        assertEquals(4, files.size(),
                "the private photo, its public copy and its one resized copy (60 px) with its WebP twin");
    }

    @Test
    void aHiddenPieceMayBeDiscardedWithItsPublicCopies() throws Exception {
        Product draft = createDraft.create(command(FRONT)).product();
        publishOriginal.publishOriginalOnly(OWNER, draft.id());
        status.change(new ChangeProductStatusCommand(OWNER, draft.dressId(), ProductAction.HIDE));
        assertEquals(4, storedFiles(draft.dressId()).size(),
                "the private photo, its public copy and one resized copy with its WebP twin");

        discard.discard(OWNER, draft.id());

        assertTrue(products.byId(draft.id()).isEmpty());
        assertEquals(List.of(), storedFiles(draft.dressId()), "the public copies go too");
        assertEquals(AuditAction.DISCARD, audit.latest(1).get(0).action());
    }

    // ---- edit

    @Test
    void editChangesOnlyTheGivenFieldsAndAuditsTheirNames() {
        Product draft = createDraft.create(command(FRONT)).product();
        approve.approve(OWNER, draft.id()); // any status may be edited

        Product edited = editProduct.edit(OWNER, draft.dressId(),
                ProductPatch.empty().withTitle("Maroon Banarasi Silk Saree").withPrice(Price.ofRupees(13_500)));

        Product stored = products.byId(draft.id()).orElseThrow();
        assertEquals(edited.details(), stored.details());
        assertEquals("Maroon Banarasi Silk Saree", stored.title());
        assertEquals(Price.ofRupees(13_500), stored.price());
        assertEquals(draft.description(), stored.description());
        assertEquals(draft.categories(), stored.categories());
        assertEquals(draft.tags(), stored.tags());
        assertEquals(draft.variants(), stored.variants());
        assertEquals(ProductStatus.PUBLISHED, stored.status());
        AuditEntry entry = last(audit.ofProduct(draft.id()));
        assertEquals(AuditAction.EDIT, entry.action());
        assertEquals(OWNER, entry.adminId());
        assertEquals("price,title", entry.payload().get("fields"));
    }

    @Test
    void editRefusesNothingToChangeAndBadValuesAndChangesNothing() {
        Product draft = createDraft.create(command(FRONT)).product();
        String before = snapshot(draft);

        InvalidValueException empty = assertThrows(InvalidValueException.class,
                () -> editProduct.edit(OWNER, draft.dressId(), ProductPatch.empty()));
        InvalidValueException blankTitle = assertThrows(InvalidValueException.class,
                () -> editProduct.edit(OWNER, draft.dressId(), ProductPatch.empty().withTitle("  ")));

        assertTrue(empty.getMessage().startsWith("Nothing to change"), empty.getMessage());
        assertTrue(blankTitle.getMessage().startsWith("Title is empty"), blankTitle.getMessage());
        assertEquals(before, snapshot(draft));
    }

    // ---- unknown products

    @Test
    void unknownProductsAreRefusedWithTheirId() {
        String gone = "There is no product with id 999 — it may have been discarded.";
        assertEquals(gone, assertThrows(InvalidValueException.class, () -> approve.approve(OWNER, 999)).getMessage());
        assertEquals(gone, assertThrows(InvalidValueException.class,
                () -> publishOriginal.publishOriginalOnly(OWNER, 999)).getMessage());
        assertEquals(gone, assertThrows(InvalidValueException.class,
                () -> regenerate.regenerate(OWNER, 999)).getMessage());
        assertEquals(gone, assertThrows(InvalidValueException.class, () -> discard.discard(OWNER, 999)).getMessage());
        DomainException noDress = assertThrows(InvalidValueException.class, () -> editProduct.edit(OWNER,
                new DressId(9999), ProductPatch.empty().withPrice(Price.ofRupees(100))));
        assertEquals("There is no product D-9999.", noDress.getMessage());
        assertTrue(audit.latest(10).isEmpty());
    }

    @Test
    void aDiscardedDraftIsUnknownToTheButtonsThatFollow() {
        Product draft = createDraft.create(command(FRONT)).product();
        discard.discard(OWNER, draft.id());

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> approve.approve(OWNER, draft.id()));

        assertEquals("There is no product with id " + draft.id() + " — it may have been discarded.",
                refused.getMessage());
    }

    // ---- helpers

    private static CreateDraftCommand command(byte[]... photos) {
        return new CreateDraftCommand(OWNER, CHAT, TestProducts.details(), List.of(photos));
    }

    /** What the worker does when generation succeeds: the AI photo stored privately, the image READY. */
    private void generated(Image pending) {
        generated(pending, AI_JPEG);
    }

    private void generated(Image pending, byte[] jpeg) {
        store.put(pending.storageKey(), jpeg, "image/jpeg");
        pending.markReady(store.signedUrl(pending.storageKey(), Duration.ofMinutes(15)));
        images.update(pending);
    }

    private Image aiImage(Product product, int version) {
        return image(product, ImageType.AI_GENERATED, version);
    }

    private Image originalImage(Product product, int version) {
        return image(product, ImageType.ORIGINAL, version);
    }

    private Image image(Product product, ImageType type, int version) {
        return images.ofProduct(product.id()).stream()
                .filter(i -> i.type() == type && i.version() == version)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " v" + version + " of " + product));
    }

    /** The row's URL is the public one, and anyone can read the bytes there. */
    private void assertPublished(String key, byte[] bytes, Image row) {
        assertEquals(store.publicUrl(key), row.url());
        assertArrayEquals(bytes, publicCopy(key).orElseThrow(() -> new AssertionError(key + " is not public")));
    }

    /**
     * The image's renditions are recorded narrowest first, each stored beside it on the public side: a JPEG of the
     * recorded size, under the link-preview limit, and its WebP twin of the same size beside it.
     */
    private void assertRenditions(Image image, String... sizes) {
        List<Rendition> recorded = images.renditionsOf(image.id());
        assertEquals(List.of(sizes), recorded.stream().map(r -> r.width() + "×" + r.height()).toList());
        for (Rendition rendition : recorded) {
            assertEquals(ImageKeys.rendition(image.storageKey(), rendition.width()), rendition.storageKey());
            assertEquals(store.publicUrl(rendition.storageKey()), rendition.url());
            byte[] bytes = publicCopy(rendition.storageKey())
                    .orElseThrow(() -> new AssertionError(rendition.storageKey() + " is not public"));
            assertEquals(rendition.sizeBytes(), bytes.length);
            assertTrue(bytes.length < ImageResizer.MAX_BYTES, rendition + " is " + bytes.length + " bytes");
            BufferedImage decoded = decode(bytes);
            assertEquals(rendition.width(), decoded.getWidth());
            assertEquals(rendition.height(), decoded.getHeight());
            Rendition.WebpCopy webp = rendition.webp();
            assertNotNull(webp, rendition + " has no WebP twin");
            assertEquals(ImageKeys.webpOf(rendition.storageKey()), webp.storageKey());
            assertEquals(store.publicUrl(webp.storageKey()), webp.url());
            byte[] webpBytes = publicCopy(webp.storageKey())
                    .orElseThrow(() -> new AssertionError(webp.storageKey() + " is not public"));
            assertEquals(webp.sizeBytes(), webpBytes.length);
            assertEquals("WEBP", new String(webpBytes, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            BufferedImage decodedWebp = decode(webpBytes);
            assertEquals(rendition.width(), decodedWebp.getWidth());
            assertEquals(rendition.height(), decodedWebp.getHeight());
        }
    }

    private void assertNotPublicNorResized(Image image) {
        assertFalse(image.isPublic(), image + " is public");
        assertFalse(image.url().contains("/public/"), image.url());
        assertEquals(List.of(), images.renditionsOf(image.id()));
        for (int width : Publication.RENDITION_WIDTHS) {
            assertTrue(publicCopy(ImageKeys.rendition(image.storageKey(), width)).isEmpty());
            assertTrue(publicCopy(ImageKeys.webpOf(ImageKeys.rendition(image.storageKey(), width))).isEmpty());
        }
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ListAppender<ILoggingEvent> captureLog(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
        return appender;
    }

    private static void stopCapturing(Class<?> type, ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(type)).detachAppender(appender);
        appender.stop();
    }

    private Optional<byte[]> publicCopy(String key) {
        String url = store.publicUrl(key);
        return store.openLink(url.substring(url.indexOf("/media/") + "/media/".length()), null, null)
                .map(ImageStore.StoredObject::bytes);
    }

    /** Everything a refused action must leave as it was: status, details, image rows and the audit trail. */
    private String snapshot(Product product) {
        Product stored = products.byId(product.id()).orElseThrow();
        return stored.status() + " " + stored.details() + " "
                + images.ofProduct(product.id()).stream().map(i -> describe(i) + " " + i.url()
                        + (i.isPublic() ? " public " : " private ") + images.renditionsOf(i.id())).toList() + " "
                + actions(audit.ofProduct(product.id()));
    }

    private void assertNothingSaved() throws Exception {
        assertEquals(0, countRows("SELECT count(*) FROM products"));
        assertEquals(0, countRows("SELECT count(*) FROM variant_options"));
        assertEquals(0, countRows("SELECT count(*) FROM images"));
        assertEquals(0, countRows("SELECT count(*) FROM audit_log"));
        assertEquals(List.of(), storedFiles());
    }

    private static String describe(Image image) {
        return image.type() + " v" + image.version() + " " + image.status() + " " + image.storageKey();
    }

    private static List<AuditAction> actions(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::action).toList();
    }

    private static AuditEntry last(List<AuditEntry> entries) {
        return entries.get(entries.size() - 1);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static long countRows(String query) throws SQLException {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every file in the store, private and public, as paths relative to the storage folder. */
    private static List<String> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STORAGE)) {
            return files.filter(Files::isRegularFile).map(f -> STORAGE.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static List<String> storedFiles(DressId dressId) throws IOException {
        return storedFiles().stream().filter(f -> f.contains("/" + dressId.value() + "/")).toList();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("draft-use-cases-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes every call to the real store; a test overrides the one call that should fail. */
    private static class DelegatingImageStore implements ImageStore {

        private final ImageStore real;

        DelegatingImageStore(ImageStore real) {
            this.real = real;
        }

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            real.put(key, bytes, contentType);
        }

        @Override
        public byte[] get(String key) {
            return real.get(key);
        }

        @Override
        public void deleteAllOf(DressId dressId) {
            real.deleteAllOf(dressId);
        }

        @Override
        public String signedUrl(String key, Duration ttl) {
            return real.signedUrl(key, ttl);
        }

        @Override
        public String publish(String key) {
            return real.publish(key);
        }

        @Override
        public String putPublic(String key, byte[] bytes, String contentType) {
            return real.putPublic(key, bytes, contentType);
        }

        @Override
        public String publicUrl(String key) {
            return real.publicUrl(key);
        }

        @Override
        public String publicBaseUrl() {
            return real.publicBaseUrl();
        }

        @Override
        public Optional<StoredObject> openLink(String path, String expires, String signature) {
            return real.openLink(path, expires, signature);
        }
    }

    /** The real audit log, which records the entry and then fails, as a database going away at the end would. */
    private AuditLog failingAfterRecording(RuntimeException failure) {
        return new AuditLog() {
            @Override
            public void record(AuditEntry entry) {
                audit.record(entry);
                throw failure;
            }

            @Override
            public List<AuditEntry> ofProduct(long productId) {
                return audit.ofProduct(productId);
            }

            @Override
            public List<AuditEntry> latest(int limit) {
                return audit.latest(limit);
            }
        };
    }
}
