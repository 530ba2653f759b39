package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.CountVisitsUseCase;
import com.rangoliboutique.application.port.in.CountVisitsUseCase.TapKind;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/**
 * {@code POST /d/D-1042/tap} (the order button) and {@code POST /d/D-1042/similar-tap} (a sold-out piece's "ask about
 * a similar piece"): the browser reports a tap on the WhatsApp button — the anchor's {@code ping}, or the page
 * script's {@code navigator.sendBeacon} where {@code ping} is not supported — while the {@code href} goes to wa.me
 * unchanged. 204, counted once a minute per button, piece and client address ({@link RecentTaps}); a piece that is not
 * on sale is a 404; only POST (others 405). Public like the pages: covered by the rate limit ({@code /d/**}).
 */
@Controller("/d")
public class TapController {

    private final BrowseCatalogUseCase catalog;
    private final CountVisitsUseCase visits;
    private final RecentTaps recent;
    private final ClientAddresses clients;
    private final ErrorPages errors;

    TapController(BrowseCatalogUseCase catalog, CountVisitsUseCase visits, RecentTaps recent, ClientAddresses clients,
                  ErrorPages errors) {
        this.catalog = catalog;
        this.visits = visits;
        this.recent = recent;
        this.clients = clients;
        this.errors = errors;
    }

    /** The ping's body ({@code PING}, {@code text/ping}) or the beacon's (empty) is never read. */
    @Post(uri = "/{dressId}/tap", consumes = MediaType.ALL)
    HttpResponse<?> order(HttpRequest<?> request, @PathVariable String dressId) {
        return tap(request, dressId, TapKind.ORDER);
    }

    @Post(uri = "/{dressId}/similar-tap", consumes = MediaType.ALL)
    HttpResponse<?> similar(HttpRequest<?> request, @PathVariable String dressId) {
        return tap(request, dressId, TapKind.SIMILAR);
    }

    /** Without these, GET and HEAD would fall to the catch-all 404 page instead of 405. */
    @Get("/{dressId}/tap")
    HttpResponse<?> orderByGet(HttpRequest<?> request) {
        return onlyPost(request);
    }

    @Get("/{dressId}/similar-tap")
    HttpResponse<?> similarByGet(HttpRequest<?> request) {
        return onlyPost(request);
    }

    private HttpResponse<?> tap(HttpRequest<?> request, String text, TapKind kind) {
        DressId dressId;
        try {
            dressId = DressId.parse(text);
        } catch (InvalidValueException e) {
            return PageResponses.send(request, errors.notFound(), "no-store");
        }
        if (!catalog.shows(dressId)) {
            return PageResponses.send(request, errors.notFound(), "no-store");
        }
        if (CountedRequests.byAPerson(request) && recent.first(
                clients.of(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For")), dressId, kind)) {
            visits.tapped(dressId, kind);
        }
        return HttpResponse.noContent().header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static HttpResponse<?> onlyPost(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
