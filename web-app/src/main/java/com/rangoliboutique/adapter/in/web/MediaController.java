package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.ImageStore.StoredObject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /media/{path}}: the image files of a store the web app serves itself (local disk) — public ones as they
 * are, private ones through an unexpired signed link. Everything else, whatever the reason, is the same 404; with S3
 * nothing is served here.
 */
@Controller("/media")
public class MediaController {

    private static final String PUBLIC_CACHE = "public, max-age=31536000, immutable";
    private static final String PRIVATE_CACHE = "private, no-store";

    private final ImageStore store;

    public MediaController(ImageStore store) {
        this.store = store;
    }

    @Get("/{+path}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> media(@PathVariable String path, @Nullable @QueryValue String expires,
                                 @Nullable @QueryValue String signature) {
        return store.openLink(path, expires, signature)
                .<HttpResponse<?>>map(object -> file(object, path.startsWith("public/") ? PUBLIC_CACHE : PRIVATE_CACHE))
                .orElseGet(() -> HttpResponse.notFound("Not found").contentType(MediaType.TEXT_PLAIN_TYPE));
    }

    private static HttpResponse<byte[]> file(StoredObject object, String cacheControl) {
        return HttpResponse.ok(object.bytes())
                .contentType(object.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
