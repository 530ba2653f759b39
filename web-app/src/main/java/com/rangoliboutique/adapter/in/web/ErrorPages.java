package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.ErrorView;
import com.rangoliboutique.adapter.in.web.view.PageMeta;
import jakarta.inject.Singleton;

/** The pages that tell a buyer what went wrong, each with a link back to the catalog. */
@Singleton
public class ErrorPages {

    private final TemplateRenderer templates;
    private final StaticAssets assets;
    private final CachedPage notFound;
    private final CachedPage tooMany;
    private final CachedPage failed;
    private final CachedPage unavailable;

    ErrorPages(TemplateRenderer templates, StaticAssets assets) {
        this.templates = templates;
        this.assets = assets;
        this.notFound = page(404, "Page not found", "We could not find this page. The piece may have been taken off"
                + " the catalog, or the link may be mistyped.");
        this.tooMany = page(429, "Too many requests", "You have opened a lot of pages in a short time. Please wait a"
                + " minute and try again.");
        this.failed = page(500, "Something went wrong on our side", "Sorry — this page could not be shown just now."
                + " Please try again in a minute.");
        this.unavailable = page(503, "The shop is briefly unavailable", "Sorry — the catalog cannot be read just"
                + " now. Please try again in a minute; nothing you chose is lost.");
    }

    public CachedPage notFound() {
        return notFound;
    }

    /** A 404 that says what was not found, e.g. "There is no dress D-9999 in the catalog." */
    public CachedPage notFound(String heading, String message) {
        return page(404, heading, message);
    }

    /** A 400 with the reason in the buyer's words. */
    public CachedPage badRequest(String message) {
        return page(400, "We could not understand that link", message);
    }

    public CachedPage tooManyRequests() {
        return tooMany;
    }

    public CachedPage failed() {
        return failed;
    }

    /** A 503: the database is away for a moment (pages cached before it went keep being served). */
    public CachedPage unavailable() {
        return unavailable;
    }

    /**
     * The page for an error the framework answers itself (a method the route does not take, a body it cannot read…):
     * ours, in the buyer's words, never Micronaut's default body (which echoes the request path).
     */
    CachedPage forStatus(int status) {
        return switch (status) {
            case 404 -> notFound;
            case 429 -> tooMany;
            case 503 -> unavailable;
            case 400 -> badRequest("Something in the address or the form is not one of ours. Try again from the"
                    + " catalog.");
            case 405 -> page(405, "This page cannot be used that way", "This address only shows a page. Go back to"
                    + " the catalog and try again from there.");
            default -> status >= 500 ? failed : page(status, "We could not show this page", "This request could not"
                    + " be answered. Go back to the catalog and try again from there.");
        };
    }

    private CachedPage page(int status, String heading, String message) {
        PageMeta meta = new PageMeta(heading, message, null, null, "website", null, assets.assets());
        return templates.page(status, "error", new ErrorView(meta, status, heading, message, "/"));
    }
}
