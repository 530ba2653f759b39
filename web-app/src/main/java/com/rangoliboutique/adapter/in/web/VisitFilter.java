package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.CountVisitsUseCase;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Counts a view for each catalog page ({@code GET /…}) and product page ({@code GET /d/D-1042…}) answered 200 or 304
 * to a person ({@link CountedRequests}). Not HEAD, not redirects, not the 404 of a piece that is not on sale, not a
 * 429. Off with {@code STATS_ENABLED=false} (then this filter does not exist).
 */
@Requires(property = "stats.enabled", notEquals = "false")
@ServerFilter(patterns = {"/", "/d/*"})
public class VisitFilter {

    private static final String PRODUCT_PREFIX = "/d/";

    private final CountVisitsUseCase visits;

    VisitFilter(CountVisitsUseCase visits) {
        this.visits = visits;
    }

    @ResponseFilter
    void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if ((status != 200 && status != 304) || request.getMethod() != HttpMethod.GET
                || !CountedRequests.byAPerson(request)) {
            return;
        }
        String path = request.getPath();
        if (path.equals("/")) {
            visits.catalogViewed();
        } else if (path.startsWith(PRODUCT_PREFIX)) {
            // a 200 here is the page of a piece on sale, at its one address (other spellings are redirected)
            try {
                visits.viewed(DressId.parse(path.substring(PRODUCT_PREFIX.length())));
            } catch (InvalidValueException e) {
                // not a page of a piece: nothing to count
            }
        }
    }
}
