package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.CatalogView;
import com.rangoliboutique.adapter.in.web.view.PageMeta;
import com.rangoliboutique.adapter.in.web.view.PhotoView;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Card;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogPage;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopIdentity;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The catalog page ({@code /} with its filters and pages): what the catalog use case returns, as HTML. */
@Singleton
class CatalogPageRenderer {

    /** Cards on a phone: two across; four across on wide screens. */
    private static final String CARD_SIZES = "(min-width: 62rem) 220px, (min-width: 40rem) 31vw, 48vw";
    /** The first cards a phone shows without scrolling load at once; the rest lazily. */
    private static final int EAGER_CARDS = 4;
    /** Rendered cards kept (a few KB each): a large catalog's cards beyond these are rendered when asked for. */
    private static final int CARDS_KEPT = 20_000;

    private final BrowseCatalogUseCase catalog;
    private final TemplateRenderer templates;
    private final StaticAssets assets;
    private final ErrorPages errors;
    private final String shopUrl;
    private final PhotoViews photos;
    private final CardFragments cardHtml;

    CatalogPageRenderer(BrowseCatalogUseCase catalog, TemplateRenderer templates, StaticAssets assets,
                        ErrorPages errors) {
        this.catalog = catalog;
        this.templates = templates;
        this.assets = assets;
        this.errors = errors;
        this.shopUrl = catalog.shopUrl();
        this.photos = new PhotoViews(shopUrl);
        this.cardHtml = new CardFragments(CARDS_KEPT);
    }

    CachedPage catalog(CatalogQuery query) {
        CatalogPage page = catalog.catalog(query);
        if (page.beyondLastPage()) {
            return errors.notFound("There is no page " + query.page(), "The catalog has " + page.pageCount()
                    + (page.pageCount() == 1 ? " page" : " pages") + " for this selection.");
        }
        BigDecimal rate = page.settings().usdFxRate();
        List<String> cards = new ArrayList<>();
        for (Card card : page.cards()) {
            boolean eager = cards.size() < EAGER_CARDS;
            boolean isNew = page.isNew(card);
            cards.add(cardHtml.html(card, eager, isNew, rate, () -> templates.fragment("card", "card",
                    cardView(card, eager, isNew, rate))));
        }
        String heading = query.filtered() ? "Pieces for you" : "All pieces";
        String resultLine = resultLine(page);
        String queryString = query.toQueryString();
        String canonical = shopUrl + "/" + (queryString.isEmpty() ? "" : "?" + queryString);
        ShopIdentity shopIdentity = page.settings().identity();
        String description = SeoTexts.catalogDescription(shopIdentity.shopName(), query.filtered(), resultLine);
        String ogImage = page.cards().stream().map(Card::photo).filter(Objects::nonNull).findFirst()
                .map(photos::ogImage).orElse(null);
        PageMeta meta = new PageMeta(query.page() > 1 ? heading + " — page " + query.page() : heading, description,
                canonical, ogImage, "website",
                StructuredData.store(shopIdentity.shopName(), shopIdentity.tagline(), shopUrl), assets.assets(),
                new PageMeta.Shop(shopIdentity.shopName(), shopIdentity.tagline()));
        CatalogView view = new CatalogView(meta, heading, resultLine, cards,
                CatalogFilters.filters(query, page.facets()), CatalogFilters.pageLinks(query, page.pageCount()),
                query.page() > 1 ? CatalogFilters.link(query.withPage(query.page() - 1)) : null,
                query.page() < page.pageCount() ? CatalogFilters.link(query.withPage(query.page() + 1)) : null);
        return templates.page(200, "catalog", view);
    }

    /** One card as the catalog shows it (without its "New" badge), for the other pages that list pieces. */
    String card(Card card, boolean eager, BigDecimal rate) {
        return cardHtml.html(card, eager, false, rate, () -> templates.fragment("card", "card",
                cardView(card, eager, false, rate)));
    }

    private CatalogView.Card cardView(Card card, boolean eager, boolean isNew, BigDecimal rate) {
        PhotoView photo = card.photo() == null ? null
                : photos.photo(card.photo(), card.title(), CARD_SIZES, 400, eager);
        return new CatalogView.Card("/d/" + card.dressId().value(), card.dressId().value(), card.title(),
                PriceViews.of(card.price(), card.salePrice(), rate), isNew,
                card.status() == ProductStatus.SOLD_OUT, photo);
    }

    private static String resultLine(CatalogPage page) {
        if (page.total() == 0) {
            return page.query().filtered() ? "No pieces match" : "New pieces are on their way";
        }
        String pieces = page.total() == 1 ? " piece" : " pieces";
        if (page.pageCount() <= 1) {
            return page.total() + pieces;
        }
        int from = page.query().offset() + 1;
        return from + "–" + (from + page.cards().size() - 1) + " of " + page.total() + pieces;
    }
}
