package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@code GET /}: the catalog, filtered by the URL's parameters. */
@Controller
public class CatalogController {

    private final PublicPages pages;
    private final CatalogPageRenderer catalogPage;
    private final ErrorPages errors;
    private final CountedRequests counted;

    CatalogController(PublicPages pages, CatalogPageRenderer catalogPage, ErrorPages errors,
                      CountedRequests counted) {
        this.pages = pages;
        this.catalogPage = catalogPage;
        this.errors = errors;
        this.counted = counted;
    }

    @Get("/")
    CompletableFuture<MutableHttpResponse<?>> catalog(HttpRequest<?> request) {
        String rawQuery = request.getUri().getRawQuery();
        if (rawQuery == null || rawQuery.isEmpty()) { // the shop's front page: nothing to read
            return counted.catalog(request,
                    pages.send(request, PageCache.HOME, () -> catalogPage.catalog(CatalogQuery.ALL)));
        }
        CatalogQuery query;
        try {
            query = CatalogQuery.fromParameters(firstValues(request));
        } catch (InvalidValueException e) {
            return CompletableFuture.completedFuture(
                    PageResponses.send(request, errors.badRequest(e.getMessage()), PageResponses.REVALIDATE));
        }
        return counted.catalog(request,
                pages.send(request, PageCache.CATALOG_PREFIX + query.toQueryString(), () -> catalogPage.catalog(query)));
    }

    static Map<String, String> firstValues(HttpRequest<?> request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameters().forEach((name, all) -> {
            if (!all.isEmpty()) {
                values.put(name, all.get(0));
            }
        });
        return values;
    }
}
