package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /d/D-1042}: a product's page. {@code /d/d-1042} and {@code /d/1042} redirect to the one address; ids
 * that are no dress id at all, drafts, hidden and unknown products are a 404 page. The query holds the buyer's
 * variant picks ({@code ?Color=Red}) from the form that works without JavaScript.
 */
@Controller("/d")
public class ProductController {

    /** Picks are a few short values; a longer query is not from our form. */
    private static final int MAX_QUERY_LENGTH = 1024;

    private final PublicPages pages;
    private final ProductPageRenderer productPage;
    private final ErrorPages errors;
    private final CountedRequests counted;

    ProductController(PublicPages pages, ProductPageRenderer productPage, ErrorPages errors,
                      CountedRequests counted) {
        this.pages = pages;
        this.productPage = productPage;
        this.errors = errors;
        this.counted = counted;
    }

    @Get("/{dressId}")
    CompletableFuture<MutableHttpResponse<?>> product(HttpRequest<?> request, @PathVariable String dressId) {
        DressId id;
        try {
            id = DressId.parse(dressId);
        } catch (InvalidValueException e) {
            return done(PageResponses.send(request, errors.notFound("This piece is not in the catalog",
                    "Dress ids look like D-1042. Have a look at the pieces in the catalog."), PageResponses.REVALIDATE));
        }
        String rawQuery = request.getUri().getRawQuery();
        if (!id.value().equals(dressId)) {
            String target = "/d/" + id.value() + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
            return done(HttpResponse.permanentRedirect(java.net.URI.create(target))
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400"));
        }
        if (rawQuery != null && rawQuery.length() > MAX_QUERY_LENGTH) {
            return done(PageResponses.send(request, errors.badRequest("This link is too long to be one of ours —"
                    + " open the piece from the catalog."), PageResponses.REVALIDATE));
        }
        Map<String, String> picks = rawQuery == null || rawQuery.isEmpty() ? Map.of()
                : CatalogController.firstValues(request);
        String key = PageCache.PRODUCT_PREFIX + dressId + (picks.isEmpty() ? "" : "?" + new java.util.TreeMap<>(picks));
        return counted.product(request, id, pages.send(request, key, () -> productPage.product(id, picks)));
    }

    private static CompletableFuture<MutableHttpResponse<?>> done(MutableHttpResponse<?> response) {
        return CompletableFuture.completedFuture(response);
    }
}
