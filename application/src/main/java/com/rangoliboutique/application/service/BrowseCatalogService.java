package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog for buyers, with the owner's current exchange rate and WhatsApp number. */
public final class BrowseCatalogService implements BrowseCatalogUseCase {

    private final CatalogReads reads;
    private final Settings settings;
    private final Clock clock;
    private final String shopUrl;

    /** @param shopUrl the shop's public address without a trailing slash, e.g. {@code https://rangoliboutique.com} */
    public BrowseCatalogService(CatalogReads reads, Settings settings, Clock clock, String shopUrl) {
        this.reads = reads;
        this.settings = settings;
        this.clock = clock;
        this.shopUrl = shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl;
    }

    @Override
    public CatalogPage catalog(CatalogQuery query) {
        Instant now = clock.instant();
        CatalogReads.ResultPage result = reads.search(query, now);
        int pageCount = (int) ((result.total() + CatalogQuery.PAGE_SIZE - 1) / CatalogQuery.PAGE_SIZE);
        return new CatalogPage(query, result.cards(), result.total(), pageCount, reads.facets(), settings.load(), now);
    }

    @Override
    public Optional<ProductPage> product(DressId dressId, Map<String, String> variantPicks) {
        return reads.listing(dressId).map(listing -> {
            ShopSettings shop = settings.load();
            VariantSelection variants = VariantSelection.of(listing.product().variants(), variantPicks);
            String pageUrl = pageUrl(dressId);
            WhatsAppOrder order = new WhatsAppOrder(shop.whatsappNumber(), dressId, variants.text(), pageUrl,
                    listing.product().status() == ProductStatus.SOLD_OUT);
            return new ProductPage(listing, variants, order, shop, pageUrl);
        });
    }

    @Override
    public List<CatalogReads.SitemapEntry> sitemap() {
        return reads.sitemap();
    }

    @Override
    public String shopUrl() {
        return shopUrl;
    }

    @Override
    public String pageUrl(DressId dressId) {
        return shopUrl + "/d/" + dressId.value();
    }

    @Override
    public String fingerprint() {
        return reads.fingerprint();
    }
}
