package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.Outages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Serves a public page from the {@link PageCache}: a cached page is sent straight from the event loop; a missing one
 * is rendered once (however many ask for it at the same time) on a small pool of its own (a product page reads the
 * database; as many threads as database connections, so a burst of uncached pages queues here instead of in the
 * connection pool) and kept. A failure becomes the "something went wrong" page, never a stack trace, and is not
 * kept.
 */
@Singleton
class PublicPages {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PublicPages.class);

    private final PageCache cache;
    private final ExecutorService blocking;
    private final ErrorPages errors;

    PublicPages(PageCache cache, ErrorPages errors,
                @io.micronaut.context.annotation.Value("${datasources.default.maximum-pool-size:10}") int threads) {
        this.cache = cache;
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        this.blocking = Executors.newFixedThreadPool(Math.max(2, threads), r -> {
            Thread thread = new Thread(r, "page-render-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        blocking.shutdownNow();
    }

    CompletableFuture<MutableHttpResponse<?>> send(HttpRequest<?> request, String key, Supplier<CachedPage> render) {
        CompletableFuture<CachedPage> page = cache.get(key, render, blocking);
        if (page.isDone() && !page.isCompletedExceptionally()) {
            return CompletableFuture.completedFuture(PageResponses.send(request, page.join(), PageResponses.REVALIDATE));
        }
        return page.handle((rendered, failure) -> {
            if (failure != null && Outages.databaseUnreachable(failure)) {
                LOG.warn("page {} not rendered: the database is unreachable ({})", key, failure.getMessage());
                return PageResponses.send(request, errors.unavailable(), "no-store").header("Retry-After", "30");
            }
            if (failure != null) {
                LOG.error("page {} failed", key, failure);
                rendered = errors.failed();
            }
            return PageResponses.send(request, rendered, PageResponses.REVALIDATE);
        });
    }
}
