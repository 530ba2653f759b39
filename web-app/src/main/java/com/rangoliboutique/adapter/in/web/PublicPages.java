package com.rangoliboutique.adapter.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Serves a public page from the {@link PageCache}: a cached page is sent straight from the event loop; a missing one
 * is rendered on the blocking pool (it reads the database) and kept. A failure becomes the "something went wrong"
 * page, never a stack trace.
 */
@Singleton
class PublicPages {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PublicPages.class);

    private final PageCache cache;
    private final ExecutorService blocking;
    private final ErrorPages errors;

    PublicPages(PageCache cache, @Named(TaskExecutors.BLOCKING) ExecutorService blocking, ErrorPages errors) {
        this.cache = cache;
        this.blocking = blocking;
        this.errors = errors;
    }

    CompletableFuture<MutableHttpResponse<?>> send(HttpRequest<?> request, String key, Supplier<CachedPage> render) {
        CachedPage cached = cache.peek(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(PageResponses.send(request, cached, PageResponses.REVALIDATE));
        }
        return CompletableFuture.supplyAsync(() -> {
            CachedPage page;
            try {
                page = cache.get(key, render);
            } catch (RuntimeException e) {
                LOG.error("page {} failed", key, e);
                page = errors.failed();
            }
            return PageResponses.send(request, page, PageResponses.REVALIDATE);
        }, blocking);
    }
}
