package com.rangoliboutique.adapter.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

/**
 * Addresses nobody serves get a friendly 404 page. Micronaut also routes our own 404 responses here; those keep the
 * page they were sent with ("There is no dress D-9999…").
 */
@Controller
public class ErrorPagesController {

    private final ErrorPages errors;

    ErrorPagesController(ErrorPages errors) {
        this.errors = errors;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        CachedPage page = request.getAttribute(PageResponses.PAGE_ATTRIBUTE, CachedPage.class)
                .orElseGet(errors::notFound);
        return PageResponses.send(request, page, PageResponses.REVALIDATE);
    }
}
