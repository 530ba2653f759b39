package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the server is up, reads the catalog into memory in the background (and so starts following its changes), so
 * the first buyer does not wait for it.
 */
@Singleton
class CatalogWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogWarmUp.class);

    private final BrowseCatalogUseCase catalog;

    CatalogWarmUp(BrowseCatalogUseCase catalog, PageCache pages) {
        this.catalog = catalog; // the page cache, made first, follows the catalog's changes from the start
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                catalog.catalog(CatalogQuery.ALL);
            } catch (RuntimeException e) {
                LOG.warn("the catalog could not be read at start-up (it is read again at the first request): {}",
                        e.toString());
            }
        }, "catalog-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
