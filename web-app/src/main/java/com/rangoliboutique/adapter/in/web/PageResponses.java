package com.rangoliboutique.adapter.in.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Sends a {@link CachedPage}: gzipped when the client takes it, 304 when the client has it already. */
final class PageResponses {

    /** Pages change when the owner changes something: browsers keep them but ask again every time (304 if same). */
    static final String REVALIDATE = "no-cache";

    private PageResponses() {
    }

    static MutableHttpResponse<?> send(HttpRequest<?> request, CachedPage page, String cacheControl) {
        if (page.location() != null) {
            return HttpResponse.status(HttpStatus.valueOf(page.status()))
                    .header(HttpHeaders.LOCATION, page.location())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        if (page.status() == 200 && page.etag().equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.notModified()
                    .header(HttpHeaders.ETAG, page.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        boolean gzip = acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING));
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(page.status()))
                .body(gzip ? page.gzipped() : page.body())
                .header(HttpHeaders.CONTENT_TYPE, page.contentType())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (page.status() == 200) {
            response.header(HttpHeaders.ETAG, page.etag());
        }
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equalsIgnoreCase("gzip")) {
                return coding.length < 2 || !coding[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
