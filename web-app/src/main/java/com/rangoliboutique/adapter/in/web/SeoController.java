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
    private final SitemapAndRobots seo;

    SeoController(PublicPages pages, SitemapAndRobots seo) {
        this.pages = pages;
        this.seo = seo;
    }

    @Get("/sitemap.xml")
    CompletableFuture<MutableHttpResponse<?>> sitemap(HttpRequest<?> request) {
        return pages.send(request, "/sitemap.xml", seo::sitemap);
    }

    @Get("/robots.txt")
    CompletableFuture<MutableHttpResponse<?>> robots(HttpRequest<?> request) {
        return pages.send(request, "/robots.txt", seo::robots);
    }
}
