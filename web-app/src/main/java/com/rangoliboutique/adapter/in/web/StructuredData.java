package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.JsonLd;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org JSON-LD of the pages, for search engines' rich results. */
final class StructuredData {

    private StructuredData() {
    }

    /** The catalog's pages: the shop itself, as a {@code Store}. */
    static JsonLd store(String shopName, String tagline, String shopUrl) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Store");
        ld.put("name", shopName);
        ld.put("description", tagline);
        ld.put("url", shopUrl + "/");
        return JsonLd.of(ld);
    }

    /**
     * A product page: the piece, its offer and who sells it.
     *
     * @param images absolute URLs of the product's photos
     */
    static JsonLd product(String shopName, Product product, String pageUrl, List<String> images, boolean soldOut) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", pageUrl);
        offer.put("priceCurrency", "INR");
        offer.put("price", amount(product.buyerPrice()));
        // while on sale the regular price, for search engines that show it struck through beside the offer
        product.salePrice().ifPresent(sale -> {
            Map<String, Object> regular = new LinkedHashMap<>();
            regular.put("@type", "UnitPriceSpecification");
            regular.put("priceType", "https://schema.org/StrikethroughPrice");
            regular.put("price", amount(product.price()));
            regular.put("priceCurrency", "INR");
            offer.put("priceSpecification", regular);
        });
        offer.put("availability", soldOut ? "https://schema.org/SoldOut" : "https://schema.org/InStock");
        offer.put("itemCondition", "https://schema.org/NewCondition");
        offer.put("seller", named("Organization", shopName));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.title());
        ld.put("sku", product.dressId().value());
        if (product.description() != null && !product.description().isBlank()) {
            ld.put("description", product.description());
        }
        if (!images.isEmpty()) {
            ld.put("image", images);
        }
        if (!product.categories().isEmpty()) {
            ld.put("category", String.join(", ", product.categories()));
        }
        if (!product.tags().isEmpty()) {
            ld.put("keywords", String.join(", ", product.tags()));
        }
        ld.put("brand", named("Brand", shopName));
        ld.put("offers", offer);
        return JsonLd.of(ld);
    }

    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    private static String amount(Price price) {
        return BigDecimal.valueOf(price.paise(), 2).toPlainString();
    }
}
