package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.GenerateAiImageUseCase;
import com.rangoliboutique.application.port.out.AdminNotifier;
import com.rangoliboutique.application.port.out.ColourFidelity;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.AdminNotifier.GenerationFailed;
import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.GenerationLog.Generation;
import com.rangoliboutique.application.port.out.ImageGenerator;
import com.rangoliboutique.application.port.out.ImageGenerator.GarmentContext;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobLocks;
import com.rangoliboutique.application.port.out.Outages;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Flow B: idempotency check, the {@code ai_gen:{image_id}} lock, generation, private storage, the colour check, the
 * preview card, READY.
 * <p>
 * The AI photo is paid for once: when an attempt stored it but could not send the card (Telegram away, flood
 * control), the next attempt finds it stored and only sends the card again — after what Telegram's
 * {@code retry_after} asks, at most {@link #MAX_TELEGRAM_WAIT}. A database that cannot be reached postpones the job
 * without spending one of its retries.
 * <p>
 * Every call of the generator is written to the {@link GenerationLog} with its model, prompt version, style, time
 * and token counts — failed and refused calls too, for they may cost — and a log that cannot be written does not
 * stop the photo.
 * <p>
 * The image stays PENDING while retries are due (so the sweeper can recover it) and becomes FAILED only when no
 * retry is left or the failure is permanent; then the owner is told why, with the buttons to go on without AI.
 */
public final class GenerateAiImageService implements GenerateAiImageUseCase {

    static final Duration SIGNED_URL_TTL = Duration.ofMinutes(15);
    /** The longest a job waits for Telegram's flood control before its card is sent again. */
    static final Duration MAX_TELEGRAM_WAIT = Duration.ofMinutes(5);
    /** How long a job waits before it tries again while the database cannot be reached. */
    static final Duration DATABASE_WAIT = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(GenerateAiImageService.class.getName());

    private final Products products;
    private final Images images;
    private final Settings settings;
    private final ImageStore store;
    private final ImageGenerator generator;
    private final AdminNotifier notifier;
    private final ColourFidelity colours;
    private final PieceMessages pieceMessages;
    private final JobLocks locks;
    private final Transactions transactions;
    private final GenerationLog generations;
    private final Clock clock;
    private final Policy policy;

    /**
     * How often a job is tried and how long its lock lives.
     *
     * @param retryDelays the waits before each retry (spec: 30 s, 120 s, 300 s): their count is the number of retries
     * @param lockTtl     how long the {@code ai_gen:{image_id}} lock lives (spec: 10 minutes; the queue's visibility
     *                    timeout, so a dead worker's job and its lock come free together)
     */
    public record Policy(List<Duration> retryDelays, Duration lockTtl) {

        public Policy {
            retryDelays = List.copyOf(retryDelays);
        }
    }

    public GenerateAiImageService(Products products, Images images, Settings settings, ImageStore store,
                                  ImageGenerator generator, ColourFidelity colours, AdminNotifier notifier,
                                  PieceMessages pieceMessages, JobLocks locks, Transactions transactions,
                                  GenerationLog generations, Clock clock, Policy policy) {
        this.products = products;
        this.images = images;
        this.settings = settings;
        this.store = store;
        this.generator = generator;
        this.colours = colours;
        this.notifier = notifier;
        this.pieceMessages = pieceMessages;
        this.locks = locks;
        this.transactions = transactions;
        this.generations = generations;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public Outcome generate(GenerationJob job) {
        try {
            return generateWhenPending(job);
        } catch (RuntimeException e) {
            if (!Outages.databaseUnreachable(e)) {
                throw e;
            }
            // not the attempt's fault: wait for the database without spending a retry
            return new Outcome.Postponed(DATABASE_WAIT, "the database is unreachable: " + e.getMessage());
        }
    }

    private Outcome generateWhenPending(GenerationJob job) {
        Optional<Image> found = images.byId(job.imageId());
        if (found.isEmpty()) {
            return new Outcome.Skipped("image " + job.imageId() + " is gone (draft discarded)");
        }
        if (found.get().status() != ImageStatus.PENDING) {
            return new Outcome.Skipped("image " + job.imageId() + " is already " + found.get().status());
        }
        Optional<JobLocks.Lock> lock = locks.tryLock("ai_gen:" + job.imageId(), policy.lockTtl());
        if (lock.isEmpty()) {
            Duration wait = policy.retryDelays().isEmpty() ? Duration.ofSeconds(30) : policy.retryDelays().get(0);
            return new Outcome.Postponed(wait, "another worker holds the lock of image " + job.imageId());
        }
        try (JobLocks.Lock held = lock.get()) {
            return generateLocked(job);
        }
    }

    private Outcome generateLocked(GenerationJob job) {
        // read again under the lock: another worker may have finished it just before
        Optional<Image> image = images.byId(job.imageId()).filter(i -> i.status() == ImageStatus.PENDING);
        Optional<Product> product = products.byId(job.productId());
        if (image.isEmpty() || product.isEmpty()) {
            return new Outcome.Skipped("image " + job.imageId() + " is no longer pending");
        }
        if (product.get().status() != ProductStatus.DRAFT) {
            // published with the original (or hidden) before the AI photo came: nothing to preview any more
            return new Outcome.Skipped(product.get().dressId() + " is already " + product.get().status());
        }
        try {
            byte[] original;
            Optional<byte[]> earlier;
            ImageGenerator.Result result = null;
            try (AdminNotifier.Working shown = showWorking(product.get())) {
                original = store.get(job.originalImageKey());
                earlier = store.find(image.get().storageKey());
                if (earlier.isEmpty()) {
                    // the row records the look the owner asked for (the sweep re-queues from rows)
                    result = generateAndLog(job, original, product.get(), image.get().style());
                }
            }
            if (earlier.isPresent()) {
                // an earlier attempt made and stored the AI photo, then could not send the card: only send it again
                LOG.log(System.Logger.Level.INFO, "image " + job.imageId() + ": reusing the AI photo stored by an"
                        + " earlier attempt; only the preview card is sent again");
                return sendCard(image.get(), product.get(), original, earlier.get());
            }
            if (result instanceof ImageGenerator.Result.Generated generated) {
                store.put(image.get().storageKey(), generated.jpeg(), "image/jpeg");
                return sendCard(image.get(), product.get(), original, generated.jpeg());
            }
            ImageGenerator.Result.Failed failed = (ImageGenerator.Result.Failed) result;
            return failed.transientFailure()
                    ? retryOrGiveUp(job, image.get(), product.get(), failed.reason())
                    : giveUp(image.get(), product.get(),
                    GenerationFailed.refused(product.get().dressId(), job.attempt(), failed.reason()));
        } catch (AdminNotifier.NotDelivered e) {
            if (e.retryAfter().isPresent()) {
                // flood control: wait what Telegram asks (bounded); not a failed attempt — the photo is made
                Duration wait = e.retryAfter().get().plusSeconds(1);
                wait = wait.compareTo(MAX_TELEGRAM_WAIT) > 0 ? MAX_TELEGRAM_WAIT : wait;
                return new Outcome.Postponed(wait, "Telegram asked to wait " + e.retryAfter().get().toSeconds()
                        + " s before the preview card of image " + job.imageId());
            }
            LOG.log(System.Logger.Level.WARNING, "attempt " + job.attempt() + " for image " + job.imageId()
                    + ": the preview card did not reach the owner", e);
            return retryOrGiveUp(job, image.get(), product.get(), e.getMessage());
        } catch (RuntimeException e) {
            if (Outages.databaseUnreachable(e)) {
                throw e; // postponed by generate(), whichever step met the outage
            }
            // storage unreachable, a database hiccup: all worth another attempt
            LOG.log(System.Logger.Level.WARNING, "attempt " + job.attempt() + " for image " + job.imageId() + " failed", e);
            return retryOrGiveUp(job, image.get(), product.get(), e.getMessage());
        }
    }

    /**
     * One call of the generator, written to the {@link GenerationLog} whatever it gave — failed and refused calls
     * too, and a call that threw (as FAILED, rethrown). The call's time comes from the clock around it.
     */
    private ImageGenerator.Result generateAndLog(GenerationJob job, byte[] original, Product product, AiStyle style) {
        Instant started = clock.instant();
        ImageGenerator.Result result = null;
        try {
            result = generator.generate(original, new GarmentContext(
                    product.dressId().value(), product.title(), product.categories(), style));
            return result;
        } finally {
            log(job, style, started, Duration.between(started, clock.instant()), result);
        }
    }

    /** A log that cannot be written costs the owner a figure in /stats, never the photo: a warning, no more. */
    private void log(GenerationJob job, AiStyle style, Instant started, Duration latency,
                     ImageGenerator.Result result) {
        GenerationLog.Outcome outcome = result instanceof ImageGenerator.Result.Generated ? GenerationLog.Outcome.READY
                : result instanceof ImageGenerator.Result.Failed failed && !failed.transientFailure()
                ? GenerationLog.Outcome.REFUSED : GenerationLog.Outcome.FAILED;
        ImageGenerator.Usage usage = result == null ? ImageGenerator.Usage.UNKNOWN : result.usage();
        try {
            generations.record(new Generation(job.productId(), job.imageId(), job.version(), job.attempt(),
                    style.promptName(), started, latency, outcome, outcome == GenerationLog.Outcome.READY && usage.paid(),
                    usage));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "attempt " + job.attempt() + " for image " + job.imageId()
                    + ": the generation (" + outcome + ") could not be written to the generation log", e);
        }
    }

    /** "Sending photo…" in the owner's chat while the photo is made (there is none for a draft from elsewhere). */
    private AdminNotifier.Working showWorking(Product product) {
        return product.telegramChatId() == null ? AdminNotifier.Working.NONE
                : notifier.showWorking(product.telegramChatId());
    }

    /** The AI photo is stored: the card goes to the owner and the image becomes READY. */
    private Outcome sendCard(Image image, Product product, byte[] original, byte[] aiJpeg) {
        if (images.byId(image.id()).filter(i -> i.status() == ImageStatus.PENDING).isEmpty()) {
            // another run finished it meanwhile (Redis came back empty: its lock and live marker were gone)
            return new Outcome.Skipped("image " + image.id() + " was finished by another run");
        }
        ColourCheck checked = checkColours(image, original, aiJpeg);
        int messageId = product.telegramChatId() == null ? 0 : notifier.sendPreview(new AdminNotifier.PreviewCard(
                product.telegramChatId(), product.id(), product.dressId(), product.details(),
                settings.load().usdFxRate(), image.version(), image.style(), original, aiJpeg, checked));
        transactions.inTransaction(() -> {
            image.markReady(store.signedUrl(image.storageKey(), SIGNED_URL_TTL), checked);
            images.update(image);
            if (messageId > 0) {
                products.byId(product.id()).ifPresent(current -> {
                    current.attachPreviewMessage(messageId);
                    products.update(current);
                });
                // a reply to the card acts on its piece ("sold", "price 11500", Title: lines)
                pieceMessages.remember(product.telegramChatId(), messageId, product.id());
            }
        });
        return new Outcome.Done();
    }

    /** How far the colours moved; null when the check itself failed — that never holds back the photo. */
    private ColourCheck checkColours(Image image, byte[] original, byte[] aiJpeg) {
        try {
            return colours.check(original, aiJpeg);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "image " + image.id() + ": the colour check failed; the preview card"
                    + " goes without it", e);
            return null;
        }
    }

    private Outcome retryOrGiveUp(GenerationJob job, Image image, Product product, String reason) {
        if (job.attempt() <= policy.retryDelays().size()) {
            return new Outcome.RetryAfter(policy.retryDelays().get(job.attempt() - 1), reason);
        }
        return giveUp(image, product, GenerationFailed.afterRetries(product.dressId(), job.attempt(), reason));
    }

    private Outcome giveUp(Image image, Product product, GenerationFailed failed) {
        transactions.inTransaction(() -> {
            image.markFailed();
            images.update(image);
        });
        if (product.telegramChatId() != null) {
            try {
                notifier.sendGenerationFailed(product.telegramChatId(), product.id(), failed);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not tell the owner that " + product.dressId() + " failed", e);
            }
        }
        return new Outcome.Failed(failed.reason());
    }
}
