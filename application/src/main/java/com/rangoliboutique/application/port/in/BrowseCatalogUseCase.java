package com.rangoliboutique.application.port.in;

import com.rangoliboutique.application.port.out.CatalogReads.Card;
import com.rangoliboutique.application.port.out.CatalogReads.Facets;
import com.rangoliboutique.application.port.out.CatalogReads.Listing;
import com.rangoliboutique.application.port.out.CatalogReads.SitemapEntry;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The buyers' side of the shop: the catalog, a product's page with its WhatsApp order link, the sitemap. */
public interface BrowseCatalogUseCase {

    CatalogPage catalog(CatalogQuery query);

    /**
     * The page of a published or sold-out product; empty for drafts, hidden and unknown ids.
     *
     * @param variantPicks variant type → value the buyer picked (values that are not options are ignored)
     */
    Optional<ProductPage> product(DressId dressId, Map<String, String> variantPicks);

    List<SitemapEntry> sitemap();

    /** The shop's public address without a trailing slash, e.g. {@code https://rangoliboutique.com}. */
    String shopUrl();

    /** The public address of a product page, e.g. {@code https://rangoliboutique.com/d/D-1042}. */
    String pageUrl(DressId dressId);

    /** Changes whenever anything these pages show may have changed (see {@code CatalogReads.fingerprint}). */
    String fingerprint();

    record CatalogPage(CatalogQuery query, List<Card> cards, long total, int pageCount, Facets facets,
                       ShopSettings settings, Instant now) {

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
}
