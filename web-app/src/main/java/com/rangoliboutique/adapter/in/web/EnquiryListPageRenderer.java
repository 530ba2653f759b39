package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.EnquiryListView;
import com.rangoliboutique.adapter.in.web.view.PageMeta;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.EnquiryEntry;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.EnquiryList;
import com.rangoliboutique.domain.catalog.EnquiryIds;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopIdentity;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * The enquiry list page ({@code /list?ids=…}): the saved pieces as the catalog's own cards (current price, sold-out
 * badge), the vanished ones marked "no longer in the catalog", and one WhatsApp link about the rest. Read from memory
 * and rendered for each request — never kept in the page cache, whose entries arbitrary id lists would fill.
 */
@Singleton
class EnquiryListPageRenderer {

    private final BrowseCatalogUseCase catalog;
    private final CatalogPageRenderer catalogPage;
    private final TemplateRenderer templates;
    private final StaticAssets assets;

    EnquiryListPageRenderer(BrowseCatalogUseCase catalog, CatalogPageRenderer catalogPage, TemplateRenderer templates,
                            StaticAssets assets) {
        this.catalog = catalog;
        this.catalogPage = catalogPage;
        this.templates = templates;
        this.assets = assets;
    }

    CachedPage list(EnquiryIds ids) {
        EnquiryList list = catalog.enquiryList(ids);
        List<EnquiryListView.Entry> entries = new ArrayList<>();
        int gone = 0;
        int soldOut = 0;
        for (EnquiryEntry entry : list.entries()) {
            if (entry.inCatalog()) {
                soldOut += entry.card().status() == ProductStatus.SOLD_OUT ? 1 : 0;
                entries.add(new EnquiryListView.Entry(entry.dressId().value(),
                        catalogPage.card(entry.card(), entries.size() < 4, list.settings().usdFxRate())));
            } else {
                gone++;
                entries.add(new EnquiryListView.Entry(entry.dressId().value(), null));
            }
        }
        List<String> notes = new ArrayList<>();
        if (soldOut > 0 && list.whatsapp() != null) {
            notes.add(soldOut == 1 ? "The sold-out piece is named as sold out in the message — we may have a similar"
                    + " one." : "The sold-out pieces are named as sold out in the message — we may have similar ones.");
        }
        if (gone > 0 && list.whatsapp() != null) {
            notes.add(gone == 1 ? "The piece no longer in the catalog is left out of the message."
                    : "The " + gone + " pieces no longer in the catalog are left out of the message.");
        } else if (gone > 0) {
            notes.add("None of these pieces is in the catalog any more — have a look at the other pieces.");
        }
        ShopIdentity shop = list.settings().identity();
        int count = list.entries().size();
        String countLine = count == 0 ? "Your list is empty"
                : count + (count == 1 ? " piece saved" : " pieces saved");
        PageMeta meta = new PageMeta("My list", "The pieces you saved at " + shop.shopName() + ", to ask about on"
                + " WhatsApp in one message.", null, null, "website", null, assets.assets(),
                new PageMeta.Shop(shop.shopName(), shop.tagline()));
        EnquiryListView view = new EnquiryListView(meta, ids.asParameter(), countLine, entries,
                list.whatsapp() == null ? null : list.whatsapp().link(),
                list.whatsapp() == null ? null : list.whatsapp().label(), notes, "/");
        return templates.page(200, "list", view);
    }
}
