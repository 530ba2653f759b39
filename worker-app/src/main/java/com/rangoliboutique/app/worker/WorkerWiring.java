package com.rangoliboutique.app.worker;

import com.rangoliboutique.adapter.in.queue.PromotionProperties;
import com.rangoliboutique.adapter.in.queue.WorkerProperties;
import com.rangoliboutique.application.port.in.HandlePromotionsUseCase;
import com.rangoliboutique.application.port.in.SendShareCardsUseCase;
import com.rangoliboutique.application.port.in.SyncChannelPostUseCase;
import com.rangoliboutique.application.port.out.ChannelPosts;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.ShopChannel;
import com.rangoliboutique.application.service.HandlePromotionsService;
import com.rangoliboutique.application.service.SyncChannelPostService;
import com.rangoliboutique.adapter.in.schedule.DigestProperties;
import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.rangoliboutique.application.port.in.DailyDigestUseCase;
import com.rangoliboutique.application.port.out.DigestClaims;
import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.application.service.DailyDigestService;
import io.micronaut.context.annotation.Requires;
import com.rangoliboutique.adapter.out.telegram.ProgressRenewal;
import com.rangoliboutique.adapter.out.queue.QueueProperties;
import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import com.rangoliboutique.application.port.in.GenerateAiImageUseCase;
import com.rangoliboutique.application.port.in.RecoverPendingJobsUseCase;
import com.rangoliboutique.application.port.in.SendShareCardsUseCase;
import com.rangoliboutique.application.port.out.AdminNotifier;
import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.ColourFidelity;
import com.rangoliboutique.application.port.out.HealthCheck;
import com.rangoliboutique.application.port.out.ImageGenerator;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobLocks;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.ShareCardRenderer;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.service.CheckHealthService;
import com.rangoliboutique.application.service.GenerateAiImageService;
import com.rangoliboutique.application.service.RecoverPendingJobsService;
import com.rangoliboutique.application.service.SendShareCardsService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Assembles the application's plain-Java services from the adapters' port beans. */
@Factory
class WorkerWiring {

    @Singleton
    CheckHealthUseCase checkHealth(List<HealthCheck> checks) {
        return new CheckHealthService(checks.stream().sorted(Comparator.comparing(HealthCheck::component)).toList());
    }

    /** {@code WORKER_PROGRESS_EVERY}: how often the notifier renews "sending photo…" while a photo is made. */
    @Singleton
    ProgressRenewal progressRenewal(WorkerProperties worker) {
        return new ProgressRenewal(worker.progressEvery());
    }

    @Singleton
    GenerateAiImageUseCase generateAiImage(Products products, Images images, Settings settings, ImageStore store,
                                           ImageGenerator generator, ColourFidelity colours, AdminNotifier notifier,
                                           PieceMessages pieceMessages, JobLocks locks, Transactions transactions,
                                           GenerationLog generations, Clock clock,
                                           WorkerProperties worker, QueueProperties queue,
                                           @Nullable MeterRegistry meters) {
        ImageGenerator timed = new TimedImageGenerator(generator, meters == null ? new CompositeMeterRegistry() : meters);
        return new GenerateAiImageService(products, images, settings, store, timed, colours, notifier, pieceMessages,
                locks, transactions, generations, clock,
                new GenerateAiImageService.Policy(worker.retryDelays(), queue.visibilityTimeout()));
    }

    @Singleton
    RecoverPendingJobsUseCase recoverPendingJobs(Images images, JobQueue queue, JobInbox inbox,
                                                 WorkerProperties settings) {
        return new RecoverPendingJobsService(images, queue, inbox, Clock.systemUTC(), settings.orphanAfter());
    }

    /** The clock the digest goes by; a test may put its own {@link Clock} in the context instead. */
    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The morning digest to every owner ({@code TELEGRAM_ADMIN_IDS}: a private chat's id is the owner's). */
    @Singleton
    DailyDigestUseCase dailyDigest(VisitStats visits, StockReads stock, DigestClaims claims, AdminNotifier notifier,
                                   PieceMessages pieceMessages, TelegramProperties telegram, Clock clock,
                                   DigestProperties digest) {
        return new DailyDigestService(visits, stock, claims, notifier, pieceMessages, telegram.admins(), clock,
                new DailyDigestService.Policy(digest.at(), digest.zone(), digest.staleAfterDays()));
    }

    /** A piece's two share cards to the owner, drawn here (adapters-cards), linking to its page under {@code APP_URL}. */
    @Singleton
    SendShareCardsUseCase sendShareCards(Products products, Images images, ImageStore store, Settings settings,
                                         ShareCardRenderer renderer, AdminNotifier notifier, ShopAddress shop) {
        return new SendShareCardsService(products, images, store, settings, renderer, notifier, shop.address());
    }

    /** The shop's channel kept in step with each piece ({@code TELEGRAM_CHANNEL_ID}; none: nothing is posted). */
    @Singleton
    SyncChannelPostUseCase syncChannelPost(Products products, Images images, ImageStore store, Settings settings,
                                           ChannelPosts posts, ShopChannel channel, ShopAddress shop) {
        return new SyncChannelPostService(products, images, store, settings, posts, channel, shop.address());
    }

    /** The outbox's rows to their use cases: the channel's post, the owner's share cards. */
    @Singleton
    HandlePromotionsUseCase handlePromotions(Promotions promotions, SyncChannelPostUseCase channel,
                                             SendShareCardsUseCase shareCards, PromotionProperties promotion) {
        return new HandlePromotionsService(promotions, channel, Optional.of(shareCards),
                new HandlePromotionsService.Policy(promotion.retryDelays(), promotion.maxAttempts(),
                        HandlePromotionsService.Policy.DEFAULT.batch(), HandlePromotionsService.Policy.DEFAULT.lease()));
    }
}
