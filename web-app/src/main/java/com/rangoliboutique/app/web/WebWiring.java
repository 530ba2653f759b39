package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.in.web.CatalogWebProperties;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import com.rangoliboutique.application.port.in.CountVisitsUseCase;
import com.rangoliboutique.application.port.in.FlushVisitCountsUseCase;
import com.rangoliboutique.application.port.in.SeedShopIdentityUseCase;
import com.rangoliboutique.application.port.out.CatalogChanges;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.VisitCounts;
import com.rangoliboutique.application.service.BrowseCatalogService;
import com.rangoliboutique.application.service.CatalogReadModel;
import com.rangoliboutique.application.service.SeedShopIdentityService;
import com.rangoliboutique.application.port.out.HealthCheck;
import com.rangoliboutique.application.service.CheckHealthService;
import com.rangoliboutique.application.service.CountVisitsService;
import com.rangoliboutique.application.service.FlushVisitCountsService;
import com.rangoliboutique.application.service.VisitTally;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** Assembles the application's plain-Java services from the adapters' port beans. */
@Factory
class WebWiring {

    @Singleton
    CheckHealthUseCase checkHealth(List<HealthCheck> checks) {
        return new CheckHealthService(checks.stream().sorted(Comparator.comparing(HealthCheck::component)).toList());
    }

    @Singleton
    SeedShopIdentityUseCase seedShopIdentity(Settings settings, Transactions transactions) {
        return new SeedShopIdentityService(settings, transactions);
    }

    /** @param port for the local run's links when {@code APP_URL} is not set */
    @Singleton
    BrowseCatalogUseCase browseCatalog(CatalogReads reads, CatalogChanges changes, Settings settings,
                                       CatalogWebProperties properties,
                                       @Value("${micronaut.server.port:8080}") int port) {
        String url = properties.url() == null || properties.url().isBlank()
                ? "http://localhost:" + (port > 0 ? port : 8080) : properties.url().strip();
        CatalogReadModel model = new CatalogReadModel(reads, settings);
        model.follow(changes);
        return new BrowseCatalogService(model, reads, Clock.systemUTC(), url);
    }

    /** The time of the shop's counts (and tap de-duplication); tests replace it to cross midnight at once. */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    VisitTally visitTally(Clock clock, StatsProperties stats) {
        return new VisitTally(clock, stats.zone());
    }

    /** With {@code STATS_ENABLED=false} nothing is counted. */
    @Singleton
    CountVisitsUseCase countVisits(VisitTally tally, StatsProperties stats) {
        return stats.enabled() ? new CountVisitsService(tally) : new CountVisitsUseCase() {
            @Override
            public void viewed(DressId dressId) {
            }

            @Override
            public void catalogViewed() {
            }

            @Override
            public void tapped(DressId dressId, TapKind kind) {
            }
        };
    }

    @Singleton
    FlushVisitCountsUseCase flushVisitCounts(VisitTally tally, VisitCounts store) {
        return new FlushVisitCountsService(tally, store, FlushVisitCountsService.MAX_PENDING);
    }
}
