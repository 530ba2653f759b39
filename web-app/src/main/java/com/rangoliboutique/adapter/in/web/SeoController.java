package com.rangoliboutique.adapter.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.concurrent.CompletableFuture;

/** {@code /sitemap.xml} (every published and sold-out piece) and {@code /robots.txt}, for search engines. */
@Controller
public class SeoController {

    private final PublicPages pages;
    private final CatalogPages catalog;

    SeoController(PublicPages pages, CatalogPages catalog) {
        this.pages = pages;
        this.catalog = catalog;
    }

    @Get("/sitemap.xml")
    CompletableFuture<MutableHttpResponse<?>> sitemap(HttpRequest<?> request) {
        return pages.send(request, "/sitemap.xml", catalog::sitemap);
    }

    @Get("/robots.txt")
    CompletableFuture<MutableHttpResponse<?>> robots(HttpRequest<?> request) {
        return pages.send(request, "/robots.txt", catalog::robots);
    }
}
