package com.rangoliboutique.app.web;

import com.rangoliboutique.application.port.in.BackfillImagesUseCase;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.adapter.in.web.CatalogWebProperties;
import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.in.FindPiecesUseCase;
import com.rangoliboutique.application.port.in.ListPiecesUseCase;
import com.rangoliboutique.application.port.in.ShowPieceUseCase;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.application.service.FindPiecesService;
import com.rangoliboutique.application.service.ListPiecesService;
import com.rangoliboutique.application.service.ShowPieceService;
import com.rangoliboutique.application.port.in.ProductStatsUseCase;
import com.rangoliboutique.application.port.in.ApproveDraftUseCase;
import com.rangoliboutique.application.port.in.CheckDraftActionUseCase;
import com.rangoliboutique.application.port.in.ChooseGalleryUseCase;
import com.rangoliboutique.application.port.in.DiscardDraftUseCase;
import com.rangoliboutique.application.port.in.PublishOriginalOnlyUseCase;
import com.rangoliboutique.application.port.in.RegenerateAiImageUseCase;
import com.rangoliboutique.application.port.in.SetSalePriceUseCase;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.in.ViewShopSettingsUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.RateLimits;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.application.service.ChangeProductStatusService;
import com.rangoliboutique.application.service.CreateDraftService;
import com.rangoliboutique.application.service.EditProductService;
import com.rangoliboutique.application.service.ProductStatsService;
import com.rangoliboutique.application.service.ApproveDraftService;
import com.rangoliboutique.application.service.BackfillImagesService;
import com.rangoliboutique.application.service.CheckDraftActionService;
import com.rangoliboutique.application.service.ChooseGalleryService;
import com.rangoliboutique.application.service.DiscardDraftService;
import com.rangoliboutique.application.service.PublishOriginalOnlyService;
import com.rangoliboutique.application.service.RegenerateAiImageService;
import com.rangoliboutique.application.service.SetSalePriceService;
import com.rangoliboutique.application.service.UpdateShopSettingsService;
import com.rangoliboutique.application.service.ViewShopSettingsService;
import com.rangoliboutique.application.port.in.KeepOnSaleUseCase;
import com.rangoliboutique.application.port.in.ShopStatsUseCase;
import com.rangoliboutique.application.port.out.StatsChart;
import com.rangoliboutique.application.port.out.StockAlertSilences;
import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.application.service.KeepOnSaleService;
import com.rangoliboutique.application.service.ShopStatsService;
import io.micronaut.context.annotation.Factory;

import java.time.Clock;
import jakarta.inject.Singleton;

/** The owner's use cases (the bot's side of the web app), assembled from the adapters' port beans. */
@Factory
class DraftWiring {

    @Singleton
    CreateDraftUseCase createDraft(Products products, Images images, ImageStore store, JobQueue queue, AuditLog audit,
                                   Transactions transactions) {
        return new CreateDraftService(products, images, store, queue, audit, transactions);
    }

    @Singleton
    CheckDraftActionUseCase checkDraftAction(Products products) {
        return new CheckDraftActionService(products);
    }

    @Singleton
    ApproveDraftUseCase approveDraft(Products products, Images images, ImageStore store, ImageResizer resizer,
                                     WebpEncoder webp, AuditLog audit, Transactions transactions,
                                     Promotions promotions) {
        return new ApproveDraftService(products, images, store, resizer, webp, audit, transactions, promotions);
    }

    @Singleton
    PublishOriginalOnlyUseCase publishOriginalOnly(Products products, Images images, ImageStore store,
                                                   ImageResizer resizer, WebpEncoder webp, AuditLog audit,
                                                   Transactions transactions, Promotions promotions) {
        return new PublishOriginalOnlyService(products, images, store, resizer, webp, audit, transactions,
                promotions);
    }

    /** {@code backfill-images}: the copies publishing makes today, for photos published before. */
    @Singleton
    BackfillImagesUseCase backfillImages(Images images, ImageStore store, ImageResizer resizer, WebpEncoder webp,
                                         Transactions transactions) {
        return new BackfillImagesService(images, store, resizer, webp, transactions);
    }

    @Singleton
    RegenerateAiImageUseCase regenerateAiImage(Products products, Images images, JobQueue queue, AuditLog audit,
                                               Transactions transactions, RateLimits limits,
                                               TelegramProperties telegram) {
        return new RegenerateAiImageService(products, images, queue, audit, transactions, limits,
                telegram.regenerationsPerHour());
    }

    @Singleton
    ChooseGalleryUseCase chooseGallery(Products products, Images images, Transactions transactions) {
        return new ChooseGalleryService(products, images, transactions);
    }

    @Singleton
    DiscardDraftUseCase discardDraft(Products products, ImageStore store, AuditLog audit, Transactions transactions,
                                     Promotions promotions) {
        return new DiscardDraftService(products, store, audit, transactions, promotions);
    }

    @Singleton
    EditProductUseCase editProduct(Products products, AuditLog audit, Transactions transactions,
                                   Promotions promotions) {
        return new EditProductService(products, audit, transactions, promotions);
    }

    @Singleton
    ChangeProductStatusUseCase changeProductStatus(Products products, AuditLog audit, Transactions transactions,
                                                   Promotions promotions) {
        return new ChangeProductStatusService(products, audit, transactions, promotions);
    }

    @Singleton
    SetSalePriceUseCase setSalePrice(Products products, AuditLog audit, Transactions transactions,
                                     Promotions promotions) {
        return new SetSalePriceService(products, audit, transactions, promotions);
    }

    @Singleton
    UpdateShopSettingsUseCase updateShopSettings(Settings settings, AuditLog audit, Transactions transactions,
                                                 Promotions promotions) {
        return new UpdateShopSettingsService(settings, audit, transactions, promotions);
    }

    @Singleton
    ViewShopSettingsUseCase viewShopSettings(Settings settings) {
        return new ViewShopSettingsService(settings);
    }

    @Singleton
    ProductStatsUseCase productStats(Products products) {
        return new ProductStatsService(products);
    }

    @Singleton
    ListPiecesUseCase listPieces(ProductSearch search) {
        return new ListPiecesService(search);
    }

    @Singleton
    FindPiecesUseCase findPieces(ProductSearch search) {
        return new FindPiecesService(search);
    }

    /** The Share card button: a row in the promotion outbox, which the worker sends. */
    @Singleton
    com.rangoliboutique.application.port.in.RequestShareCardsUseCase requestShareCards(Products products,
                                                                                      Promotions promotions) {
        return new com.rangoliboutique.application.service.RequestShareCardsService(products, promotions);
    }

    /** {@code /channel}: asks Telegram whether the bot may post to {@code TELEGRAM_CHANNEL_ID}. */
    @Singleton
    com.rangoliboutique.application.port.in.CheckChannelUseCase checkChannel(
            com.rangoliboutique.application.port.out.ShopChannel channel) {
        return new com.rangoliboutique.application.service.CheckChannelService(channel);
    }

    /** Piece cards link the buyers' page only when the shop's public address ({@code APP_URL}) is set. */
    @Singleton
    ShowPieceUseCase showPiece(Products products, Images images, ImageStore store, CatalogWebProperties shop) {
        return new ShowPieceService(products, images, store, shop.url());
    }

    @Singleton
    ShopStatsUseCase shopStats(VisitStats visits, StatsChart chart, Clock clock, ShopTimeProperties time) {
        return new ShopStatsService(visits, chart, clock, time.zone());
    }

    /** /stats's AI photos: the shop's month ({@code SHOP_TIME_ZONE}), priced at {@code GEMINI_COST_PER_IMAGE_USD}. */
    @Singleton
    com.rangoliboutique.application.port.in.AiUsageUseCase aiUsage(
            com.rangoliboutique.application.port.out.GenerationLog generations, Clock clock, ShopTimeProperties time,
            AiCostProperties cost) {
        return new com.rangoliboutique.application.service.AiUsageService(generations, clock, time.zone(),
                cost.perImageUsd());
    }

    @Singleton
    KeepOnSaleUseCase keepOnSale(Products products, StockAlertSilences silences, AuditLog audit,
                                 Transactions transactions, Clock clock, ShopTimeProperties time) {
        return new KeepOnSaleService(products, silences, audit, transactions, clock, time.zone());
    }
}
