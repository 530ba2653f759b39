package com.rangoliboutique.adapter.in.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/**
 * Pages nobody serves get the friendly 404 page (every more specific route — the catalog, products, static files,
 * media, health — wins over this one). A route, not a global 404 error handler: the handler would also take over
 * the 404s other controllers answer on purpose (the webhook's, a product's own "not in the catalog" page).
 */
@Controller
public class ErrorPagesController {

    private final ErrorPages errors;

    ErrorPagesController(ErrorPages errors) {
        this.errors = errors;
    }

    @Get("/{+path}")
    HttpResponse<?> notFound(HttpRequest<?> request, @Nullable @PathVariable String path) {
        return PageResponses.send(request, errors.notFound(), PageResponses.REVALIDATE);
    }
}
