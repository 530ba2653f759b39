package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.ErrorView;
import com.rangoliboutique.adapter.in.web.view.PageMeta;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.domain.settings.ShopIdentity;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

/**
 * The pages that tell a buyer what went wrong, each with a link back to the catalog, headed by the shop's current name
 * (rendered again when the owner renames the shop).
 */
@Singleton
public class ErrorPages {

    private final TemplateRenderer templates;
    private final StaticAssets assets;
    /** Looked up when a page is rendered: a context without a database (the set-webhook command) never needs it. */
    private final BeanProvider<BrowseCatalogUseCase> catalog;
    private volatile Rendered rendered;

    /** The pages that never change but with the shop's name, rendered once per name. */
    private record Rendered(ShopIdentity shop, CachedPage notFound, CachedPage tooMany, CachedPage failed,
                            CachedPage unavailable) {
    }

    ErrorPages(TemplateRenderer templates, StaticAssets assets, BeanProvider<BrowseCatalogUseCase> catalog) {
        this.templates = templates;
        this.assets = assets;
        this.catalog = catalog;
        this.rendered = render(ShopIdentity.DEFAULTS);
    }

    public CachedPage notFound() {
        return current().notFound();
    }

    /** A 404 that says what was not found, e.g. "There is no dress D-9999 in the catalog." */
    public CachedPage notFound(String heading, String message) {
        return page(shop(), 404, heading, message);
    }

    /** A 400 with the reason in the buyer's words. */
    public CachedPage badRequest(String message) {
        return page(shop(), 400, "We could not understand that link", message);
    }

    public CachedPage tooManyRequests() {
        return current().tooMany();
    }

    public CachedPage failed() {
        return current().failed();
    }

    /**
     * A 503: the database is away for a moment (pages cached before it went keep being served). Headed by the name
     * last shown, without asking the catalog (which could be waiting for the database).
     */
    public CachedPage unavailable() {
        return rendered.unavailable();
    }

    /**
     * The page for an error the framework answers itself (a method the route does not take, a body it cannot read…):
     * ours, in the buyer's words, never Micronaut's default body (which echoes the request path).
     */
    CachedPage forStatus(int status) {
        return switch (status) {
            case 404 -> notFound();
            case 429 -> tooManyRequests();
            case 503 -> unavailable();
            case 400 -> badRequest("Something in the address or the form is not one of ours. Try again from the"
                    + " catalog.");
            case 405 -> page(shop(), 405, "This page cannot be used that way", "This address only shows a page. Go"
                    + " back to the catalog and try again from there.");
            default -> status >= 500 ? failed() : page(shop(), status, "We could not show this page", "This request"
                    + " could not be answered. Go back to the catalog and try again from there.");
        };
    }

    private Rendered current() {
        ShopIdentity shop = shop();
        Rendered now = rendered;
        if (!now.shop().equals(shop)) {
            now = render(shop);
            rendered = now;
        }
        return now;
    }

    /** The shop's name as the catalog shows it; the last one known while the catalog cannot be read at all. */
    private ShopIdentity shop() {
        try {
            return catalog.get().settings().identity();
        } catch (RuntimeException databaseAway) { // only before the catalog was ever read: an error page still shows
            return rendered.shop();
        }
    }

    private Rendered render(ShopIdentity shop) {
        return new Rendered(shop,
                page(shop, 404, "Page not found", "We could not find this page. The piece may have been taken off"
                        + " the catalog, or the link may be mistyped."),
                page(shop, 429, "Too many requests", "You have opened a lot of pages in a short time. Please wait a"
                        + " minute and try again."),
                page(shop, 500, "Something went wrong on our side", "Sorry — this page could not be shown just now."
                        + " Please try again in a minute."),
                page(shop, 503, "The shop is briefly unavailable", "Sorry — the catalog cannot be read just"
                        + " now. Please try again in a minute; nothing you chose is lost."));
    }

    private CachedPage page(ShopIdentity shop, int status, String heading, String message) {
        PageMeta meta = new PageMeta(heading, message, null, null, "website", null, assets.assets(),
                new PageMeta.Shop(shop.shopName(), shop.tagline()));
        return templates.page(status, "error", new ErrorView(meta, status, heading, message, "/"));
    }
}
