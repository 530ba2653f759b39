package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.EnquiryIds;
import com.rangoliboutique.domain.catalog.WhatsAppEnquiry;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the catalog for buyers from the in-memory {@link CatalogReadModel} (with the owner's current exchange rate and
 * WhatsApp number); a product's page reads its details and photos from the database.
 */
public final class BrowseCatalogService implements BrowseCatalogUseCase {

    private final CatalogReadModel model;
    private final CatalogReads reads;
    private final Clock clock;
    private final String shopUrl;

    /** @param shopUrl the shop's public address without a trailing slash, e.g. {@code https://rangoliboutique.com} */
    public BrowseCatalogService(CatalogReadModel model, CatalogReads reads, Clock clock, String shopUrl) {
        this.model = model;
        this.reads = reads;
        this.clock = clock;
        this.shopUrl = shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl;
    }

    @Override
    public CatalogPage catalog(CatalogQuery query) {
        Instant now = clock.instant();
        CatalogReadModel.State state = model.current();
        SearchTerms terms = query.search() == null ? null : model.searchTerms(query.search());
        CatalogIndex.Result result = state.index().search(query, terms, now);
        // the pages a buyer can open: a link may ask for page 1,000 at most, however many pieces match
        int pageCount = (int) Math.min((result.total() + CatalogQuery.PAGE_SIZE - 1) / CatalogQuery.PAGE_SIZE,
                CatalogQuery.MAX_PAGE);
        return new CatalogPage(query, result.cards(), result.total(), pageCount, state.index().facets(),
                state.settings(), now);
    }

    @Override
    public Optional<ProductPage> product(DressId dressId, Map<String, String> variantPicks) {
        CatalogReadModel.State state = model.current();
        if (state.index().byDressId(dressId) == null) {
            return Optional.empty(); // not on sale: no need to ask the database
        }
        return reads.listing(dressId).map(listing -> {
            ShopSettings shop = state.settings();
            VariantSelection variants = VariantSelection.of(listing.product().variants(), variantPicks);
            String pageUrl = pageUrl(dressId);
            WhatsAppOrder order = new WhatsAppOrder(shop.whatsappNumber(), shop.identity(), dressId, variants.text(),
                    pageUrl, listing.product().status() == ProductStatus.SOLD_OUT);
            return new ProductPage(listing, variants, order, shop, pageUrl);
        });
    }

    @Override
    public EnquiryList enquiryList(EnquiryIds ids) {
        CatalogReadModel.State state = model.current();
        List<EnquiryEntry> entries = new ArrayList<>(ids.ids().size());
        List<WhatsAppEnquiry.Piece> pieces = new ArrayList<>(ids.ids().size());
        for (DressId id : ids.ids()) {
            Card card = state.index().cardOf(id);
            entries.add(new EnquiryEntry(id, card));
            if (card != null) {
                pieces.add(new WhatsAppEnquiry.Piece(id, card.title(), pageUrl(id),
                        card.status() == ProductStatus.SOLD_OUT));
            }
        }
        ShopSettings shop = state.settings();
        return new EnquiryList(entries, pieces.isEmpty() ? null
                : new WhatsAppEnquiry(shop.whatsappNumber(), shop.identity(), pieces), shop);
    }

    @Override
    public ShopSettings settings() {
        return model.current().settings();
    }

    @Override
    public List<SitemapEntry> sitemap() {
        return model.current().index().sitemap();
    }

    @Override
    public boolean shows(DressId dressId) {
        return model.current().index().byDressId(dressId) != null;
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
    public void refresh() {
        model.refresh();
    }

    @Override
    public void subscribe(Consumer<CatalogChange> subscriber) {
        model.subscribe(subscriber);
    }
}
