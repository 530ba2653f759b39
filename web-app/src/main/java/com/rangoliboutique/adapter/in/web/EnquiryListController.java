package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.catalog.EnquiryIds;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /list?ids=D-1042,D-1043}: a buyer's enquiry list. The ids live in the buyer's browser (the page script
 * keeps them and opens this address); the page works without JavaScript too, for whoever opens the link. More than
 * {@value EnquiryIds#MAX} ids, or one that is no dress ID, is a 400 page saying so. Not in the page cache (any list
 * of ids is a different page); {@code noindex}.
 */
@Controller("/list")
public class EnquiryListController {

    /** Thirty ids are under 400 characters; a longer query is not from our page script. */
    private static final int MAX_QUERY_LENGTH = 1024;

    private final EnquiryListPageRenderer listPage;
    private final ErrorPages errors;

    EnquiryListController(EnquiryListPageRenderer listPage, ErrorPages errors) {
        this.listPage = listPage;
        this.errors = errors;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING) // from memory, but the catalog's first read (at start-up) reads the database
    MutableHttpResponse<?> list(HttpRequest<?> request) {
        String rawQuery = request.getUri().getRawQuery();
        if (rawQuery != null && rawQuery.length() > MAX_QUERY_LENGTH) {
            return PageResponses.send(request, errors.badRequest("This link is too long to be a list of ours —"
                    + " open your list from the catalog's \"My list\" link."), PageResponses.REVALIDATE);
        }
        EnquiryIds ids;
        try {
            ids = EnquiryIds.parse(request.getParameters().getFirst("ids").orElse(null));
        } catch (InvalidValueException e) {
            return PageResponses.send(request, errors.badRequest(e.getMessage()), PageResponses.REVALIDATE);
        }
        return PageResponses.send(request, listPage.list(ids), PageResponses.REVALIDATE);
    }
}
