package com.rangoliboutique.adapter.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/** {@code GET /static/site.<hash>.css}: the site's own files, cached for a year (the name changes with the content). */
@Controller("/static")
public class StaticAssetsController {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final StaticAssets assets;
    private final ErrorPages errors;

    StaticAssetsController(StaticAssets assets, ErrorPages errors) {
        this.assets = assets;
        this.errors = errors;
    }

    @Get("/{name}")
    HttpResponse<?> file(HttpRequest<?> request, @PathVariable String name) {
        return assets.file(name)
                .<HttpResponse<?>>map(file -> PageResponses.send(request, file, IMMUTABLE))
                .orElseGet(() -> PageResponses.send(request, errors.notFound(), PageResponses.REVALIDATE));
    }
}
