package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.CatalogView;
import com.rangoliboutique.adapter.in.web.view.Choice;
import com.rangoliboutique.adapter.in.web.view.JsonLd;
import com.rangoliboutique.adapter.in.web.view.PageMeta;
import com.rangoliboutique.adapter.in.web.view.PhotoView;
import com.rangoliboutique.adapter.in.web.view.ProductView;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogPage;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.ProductPage;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Card;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Facets;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Photo;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.PhotoSize;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.CatalogSort;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns what the catalog use case returns into the pages' views, and renders them. */
@Singleton
class CatalogPages {

    /** Cards on a phone: two across; four across on wide screens. */
    private static final String CARD_SIZES = "(min-width: 62rem) 220px, (min-width: 40rem) 31vw, 48vw";
    private static final String PRODUCT_SIZES = "(min-width: 62rem) 40rem, 100vw";
    /** The first cards a phone shows without scrolling load at once; the rest lazily. */
    private static final int EAGER_CARDS = 4;
    private static final int DESCRIPTION_LENGTH = 155;
    private static final int PAGE_LINKS_AROUND = 2;
    /** Rendered cards kept (a few KB each): a large catalog's cards beyond these are rendered when asked for. */
    private static final int CARDS_KEPT = 20_000;

    private final BrowseCatalogUseCase catalog;
    private final TemplateRenderer templates;
    private final StaticAssets assets;
    private final ErrorPages errors;
    private final String shopUrl;
    private final CardFragments cardHtml;

    CatalogPages(BrowseCatalogUseCase catalog, TemplateRenderer templates, StaticAssets assets, ErrorPages errors) {
        this.catalog = catalog;
        this.templates = templates;
        this.assets = assets;
        this.errors = errors;
        this.shopUrl = catalog.shopUrl();
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
        String description = query.filtered()
                ? resultLine + " at " + PageMeta.SHOP_NAME + ". Order on WhatsApp; we ship across India and abroad."
                : "Sarees and dresses from " + PageMeta.SHOP_NAME + " — " + resultLine
                + ". Order on WhatsApp; we ship across India and abroad.";
        String ogImage = page.cards().stream().map(Card::photo).filter(Objects::nonNull).findFirst()
                .map(this::ogImage).orElse(null);
        PageMeta meta = new PageMeta(query.page() > 1 ? heading + " — page " + query.page() : heading, description,
                canonical, ogImage, "website", null, assets.assets());
        CatalogView view = new CatalogView(meta, heading, resultLine, cards, filters(query, page.facets()),
                pageLinks(query, page.pageCount()),
                query.page() > 1 ? link(query.withPage(query.page() - 1)) : null,
                query.page() < page.pageCount() ? link(query.withPage(query.page() + 1)) : null);
        return templates.page(200, "catalog", view);
    }

    private CatalogView.Card cardView(Card card, boolean eager, boolean isNew, BigDecimal rate) {
        PhotoView photo = card.photo() == null ? null : photo(card.photo(), card.title(), CARD_SIZES, 400, eager);
        return new CatalogView.Card("/d/" + card.dressId().value(), card.dressId().value(), card.title(),
                card.price().display(), card.price().usdDisplay(rate), isNew,
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

    private static CatalogView.Filters filters(CatalogQuery query, Facets facets) {
        List<Choice> sorts = new ArrayList<>();
        for (CatalogSort sort : CatalogSort.values()) {
            sorts.add(new Choice(sort.parameter(), sort.label(), sort == query.sort()));
        }
        return new CatalogView.Filters(query.search(), choices(facets.categories(), query.category(), true),
                choices(facets.colors(), query.color(), false), choices(facets.sizes(), query.size(), false),
                query.minRupees() == null ? null : query.minRupees().toString(),
                query.maxRupees() == null ? null : query.maxRupees().toString(),
                facets.minRupees() == null ? null : facets.minRupees().toString(),
                facets.maxRupees() == null ? null : facets.maxRupees().toString(),
                query.newArrivals(), sorts, query.filtered(), activeFilters(query));
    }

    private static int activeFilters(CatalogQuery query) {
        int n = 0;
        for (Object value : new Object[]{query.search(), query.category(), query.color(), query.size()}) {
            n += value == null ? 0 : 1;
        }
        n += query.minRupees() != null || query.maxRupees() != null ? 1 : 0;
        n += query.newArrivals() ? 1 : 0;
        return n;
    }

    /** The values that exist, plus the current one if no product has it any more (so the form shows what is on). */
    private static List<Choice> choices(List<String> values, String current, boolean capitalise) {
        List<Choice> choices = new ArrayList<>();
        boolean found = false;
        for (String value : values) {
            boolean selected = value.equalsIgnoreCase(current == null ? "" : current);
            found |= selected;
            choices.add(new Choice(value, capitalise ? capitalise(value) : value, selected));
        }
        if (current != null && !found) {
            choices.add(new Choice(current, capitalise ? capitalise(current) : current, true));
        }
        return choices;
    }

    private static String capitalise(String value) {
        return value.isEmpty() ? value : value.substring(0, 1).toUpperCase() + value.substring(1);
    }

    private static List<Choice> pageLinks(CatalogQuery query, int pageCount) {
        List<Choice> links = new ArrayList<>();
        if (pageCount <= 1) {
            return links;
        }
        for (int n = 1; n <= pageCount; n++) {
            boolean near = Math.abs(n - query.page()) <= PAGE_LINKS_AROUND;
            if (n == 1 || n == pageCount || near) {
                links.add(new Choice(link(query.withPage(n)), Integer.toString(n), n == query.page()));
            } else if (!links.isEmpty() && !links.get(links.size() - 1).label().equals("…")) {
                links.add(new Choice("", "…", false)); // a gap, shown as plain text
            }
        }
        return links;
    }

    private static String link(CatalogQuery query) {
        String q = query.toQueryString();
        return q.isEmpty() ? "/" : "/?" + q;
    }

    CachedPage product(DressId id, Map<String, String> picks) {
        Optional<ProductPage> found = catalog.product(id, picks);
        if (found.isEmpty()) {
            return errors.notFound("This piece is not in the catalog", "There is no dress " + id.value()
                    + " on sale here — it may have been taken off the catalog. Have a look at the other pieces.");
        }
        ProductPage page = found.get();
        Product product = page.listing().product();
        BigDecimal rate = page.settings().usdFxRate();
        boolean soldOut = product.status() == ProductStatus.SOLD_OUT;
        List<PhotoView> photos = new ArrayList<>();
        for (Photo photo : page.listing().photos()) {
            photos.add(photo(photo, product.title(), PRODUCT_SIZES, 800, photos.isEmpty()));
        }
        List<ProductView.VariantGroup> groups = new ArrayList<>();
        // a sold-out piece cannot be ordered in a size or colour: the buyer asks about a similar one instead
        (soldOut ? java.util.Map.<String, List<String>>of() : page.variants().options()).forEach((type, values) -> groups.add(new ProductView.VariantGroup(type, type,
                "v-" + groups.size(), values.stream()
                .map(v -> new Choice(v, v, v.equals(page.variants().chosen(type)))).toList())));
        WhatsAppOrder order = page.order();
        ProductView.WhatsApp whatsApp = new ProductView.WhatsApp(order.link(),
                soldOut ? "Ask about a similar piece on WhatsApp" : "Order on WhatsApp", order.linkPrefix(),
                order.messageBeforeVariant(), order.messageAfterVariant(),
                com.rangoliboutique.domain.catalog.VariantSelection.NOT_SELECTED);
        String priceInr = product.price().display();
        String priceUsd = product.price().usdDisplay(rate);
        String description = description(product, priceInr, priceUsd, soldOut);
        String ogImage = page.listing().photos().stream().findFirst().map(this::ogImage).orElse(null);
        PageMeta meta = new PageMeta(product.title() + (soldOut ? " (sold out)" : ""), description, page.pageUrl(),
                ogImage, "product", jsonLd(page, product, soldOut), assets.assets());
        List<Choice> categories = product.categories().stream()
                .map(c -> new Choice("/?category=" + URLEncoder.encode(c, StandardCharsets.UTF_8), capitalise(c), false))
                .toList();
        ProductView view = new ProductView(meta, id.value(), product.title(), product.description(), categories,
                product.tags(), priceInr, priceUsd,
                "Dollar price approximate, at ₹" + rate.stripTrailingZeros().toPlainString() + " to the dollar.",
                soldOut, photos, groups, whatsApp, "/d/" + id.value(), "/");
        return templates.page(200, "product", view);
    }

    private static String description(Product product, String priceInr, String priceUsd, boolean soldOut) {
        String text = product.description() == null ? "" : product.description().strip().replaceAll("\\s+", " ");
        String lead = product.title() + " — " + priceInr + " (" + priceUsd + ")"
                + (soldOut ? ", sold out" : "") + ". ";
        String full = lead + (text.isEmpty() ? "Dress " + product.dressId() + " from " + PageMeta.SHOP_NAME
                + "; order on WhatsApp." : text);
        return full.length() <= DESCRIPTION_LENGTH ? full : full.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…";
    }

    private JsonLd jsonLd(ProductPage page, Product product, boolean soldOut) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", page.pageUrl());
        offer.put("priceCurrency", "INR");
        offer.put("price", BigDecimal.valueOf(product.price().paise(), 2).toPlainString());
        offer.put("availability", soldOut ? "https://schema.org/SoldOut" : "https://schema.org/InStock");
        offer.put("itemCondition", "https://schema.org/NewCondition");
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.title());
        ld.put("sku", product.dressId().value());
        if (product.description() != null && !product.description().isBlank()) {
            ld.put("description", product.description());
        }
        List<String> images = page.listing().photos().stream().map(this::ogImage).toList();
        if (!images.isEmpty()) {
            ld.put("image", images);
        }
        if (!product.categories().isEmpty()) {
            ld.put("category", String.join(", ", product.categories()));
        }
        if (!product.tags().isEmpty()) {
            ld.put("keywords", String.join(", ", product.tags()));
        }
        ld.put("brand", Map.of("@type", "Brand", "name", PageMeta.SHOP_NAME));
        ld.put("offers", offer);
        return JsonLd.of(ld);
    }

    /**
     * @param preferredWidth the copy used as {@code src} for browsers without srcset: the narrowest at least this
     *                       wide, else the widest
     */
    private PhotoView photo(Photo photo, String title, String sizes, int preferredWidth, boolean eager) {
        String alt = photo.aiGenerated()
                ? title + " — AI-generated photo of a model wearing this piece"
                : title + " — photo of the piece from the shop";
        if (photo.sizes().isEmpty()) {
            return new PhotoView(photo.url(), null, null, null, null, alt, eager);
        }
        PhotoSize src = photo.sizes().stream().filter(s -> s.width() >= preferredWidth).findFirst()
                .orElse(photo.largest().orElseThrow());
        String srcset = photo.sizes().stream().map(s -> s.url() + " " + s.width() + "w")
                .collect(Collectors.joining(", "));
        return new PhotoView(src.url(), srcset, sizes, src.width(), src.height(), alt, eager);
    }

    /** An absolute URL of a copy under 300 KB (the largest made), for link previews and search engines. */
    private String ogImage(Photo photo) {
        String url = photo.largest().map(PhotoSize::url).orElse(photo.url());
        return url.startsWith("/") ? shopUrl + url : url;
    }

    CachedPage sitemap() {
        StringBuilder xml = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
                .append("<url><loc>").append(xml(shopUrl + "/")).append("</loc></url>\n");
        for (var entry : catalog.sitemap()) {
            xml.append("<url><loc>").append(xml(catalog.pageUrl(entry.dressId()))).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>").append(entry.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                        .append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return CachedPage.of(200, "application/xml;charset=utf-8", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    CachedPage robots() {
        String text = """
                User-agent: *
                Allow: /
                Disallow: /telegram/
                Disallow: /media/private/
                Sitemap: %s/sitemap.xml
                """.formatted(shopUrl);
        return CachedPage.of(200, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
