package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.EnquiryIds;
import com.rangoliboutique.domain.catalog.WhatsAppEnquiry;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The buyers' side of the shop: the catalog, a product's page with its WhatsApp order link, the sitemap. */
public interface BrowseCatalogUseCase {

    CatalogPage catalog(CatalogQuery query);

    /**
     * The page of a published or sold-out product; empty for drafts, hidden and unknown ids.
     *
     * @param variantPicks variant type → value the buyer picked (values that are not options are ignored)
     */
    Optional<ProductPage> product(DressId dressId, Map<String, String> variantPicks);

    /** True for the pieces buyers can open (published or sold out), from memory: no database read. */
    boolean shows(DressId dressId);

    List<SitemapEntry> sitemap();

    /**
     * A buyer's enquiry list ({@code /list?ids=…}), from memory: each piece as its catalog card, or as no longer in the
     * catalog, and the one WhatsApp message about the pieces still in it.
     */
    EnquiryList enquiryList(EnquiryIds ids);

    /**
     * The settings the catalog's pages show now (the shop's name and tagline on every page, error pages too), from
     * memory: followed like the catalog, so a change shows within a second and a database outage does not matter.
     */
    ShopSettings settings();

    /** The shop's public address without a trailing slash, e.g. {@code https://rangoliboutique.com}. */
    String shopUrl();

    /** The public address of a product page, e.g. {@code https://rangoliboutique.com/d/D-1042}. */
    String pageUrl(DressId dressId);

    /** Reads everything buyers can see again now, for changes made behind the catalog's back. */
    void refresh();

    /**
     * Tells {@code subscriber} after each committed change to what these pages show (from this process, another one,
     * or by hand in the database), once the catalog here shows it.
     */
    void subscribe(Consumer<CatalogChange> subscriber);

    /**
     * What a change can affect.
     *
     * @param products   the product pages that may have changed; the catalog's own pages may change with any of them
     * @param everything anything may have changed (settings appear on every page; or changes were missed)
     */
    record CatalogChange(Set<DressId> products, boolean everything) {

        public static final CatalogChange EVERYTHING = new CatalogChange(Set.of(), true);

        public CatalogChange {
            products = Set.copyOf(products);
        }
    }

    /**
     * A product as a catalog card; {@code salePrice} (below {@code price}) is null when it has none, {@code photo}
     * when it has no public photo.
     */
    record Card(DressId dressId, String title, Price price, Price salePrice, ProductStatus status,
                Instant publishedAt, Photo photo) {

        /** What a buyer pays: the sale price when there is one. */
        public Price buyerPrice() {
            return salePrice != null ? salePrice : price;
        }

        public boolean onSale() {
            return salePrice != null;
        }
    }

    /**
     * Filter values: categories, Color and Size variant values, and the range of the prices buyers pay (the sale price
     * where there is one) in rupees (null if empty).
     */
    record Facets(List<String> categories, List<String> colors, List<String> sizes, Long minRupees, Long maxRupees) {

        public Facets {
            categories = List.copyOf(categories);
            colors = List.copyOf(colors);
            sizes = List.copyOf(sizes);
        }
    }

    /**
     * @param entries  the buyer's pieces in the buyer's order
     * @param whatsapp the message about the pieces still in the catalog (sold-out ones named so); null when none is
     */
    record EnquiryList(List<EnquiryEntry> entries, WhatsAppEnquiry whatsapp, ShopSettings settings) {

        public EnquiryList {
            entries = List.copyOf(entries);
        }
    }

    /** One piece of an enquiry list; {@code card} is null when the piece is no longer in the catalog. */
    record EnquiryEntry(DressId dressId, Card card) {

        public boolean inCatalog() {
            return card != null;
        }
    }

    record SitemapEntry(DressId dressId, Instant lastModified) {
    }

    /**
     * @param total     every piece that matches
     * @param pageCount the pages a buyer can open: all of them, but never more than {@link CatalogQuery#MAX_PAGE}
     */
    record CatalogPage(CatalogQuery query, List<Card> cards, long total, int pageCount, Facets facets,
                       ShopSettings settings, Instant now) {

        public CatalogPage {
            cards = List.copyOf(cards);
        }

        /** A card's "New" badge: published within the new-arrivals period. */
        public boolean isNew(Card card) {
            return card.publishedAt() != null
                    && card.publishedAt().isAfter(now.minus(CatalogQuery.NEW_ARRIVAL_PERIOD));
        }

        /** Past the last page (but not the first page of an empty result). */
        public boolean beyondLastPage() {
            return query.page() > Math.max(pageCount, 1);
        }
    }

    record ProductPage(Listing listing, VariantSelection variants, WhatsAppOrder order, ShopSettings settings,
                       String pageUrl) {
    }

    // ---- the read models the catalog is made of (CatalogReads, the out-port, fills them)

    /**
     * A stored JPEG copy of a photo at one width; {@code webp}: its WebP twin sits beside it ({@code …-800w.webp} next
     * to {@code …-800w.jpg}). A flag, not a second URL: the read model keeps every card's copies in memory.
     */
    record PhotoSize(String url, int width, int height, int sizeBytes, boolean webp) {

        /** A JPEG copy without a WebP twin. */
        public PhotoSize(String url, int width, int height, int sizeBytes) {
            this(url, width, height, sizeBytes, false);
        }

        /** The WebP twin's URL, or null when there is none. */
        public String webpUrl() {
            return webp && url.endsWith(".jpg") ? url.substring(0, url.length() - ".jpg".length()) + ".webp" : null;
        }
    }

    /**
     * A public photo: its full-size URL and its resized copies, narrowest first (none for photos published before
     * copies were made); {@code style} the look of an AI photo (null for an original).
     */
    record Photo(String url, boolean aiGenerated, List<PhotoSize> sizes, AiStyle style) {

        public Photo {
            sizes = List.copyOf(sizes);
            style = aiGenerated ? (style == null ? AiStyle.STUDIO : style) : null;
        }

        public Photo(String url, boolean aiGenerated, List<PhotoSize> sizes) {
            this(url, aiGenerated, sizes, null);
        }

        /** The largest copy, when there are copies. */
        public Optional<PhotoSize> largest() {
            return sizes.isEmpty() ? Optional.empty() : Optional.of(sizes.get(sizes.size() - 1));
        }
    }

    record Listing(Product product, Instant publishedAt, List<Photo> photos) {

        public Listing {
            photos = List.copyOf(photos);
        }
    }
}
