package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Listing;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Photo;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.catalog.SearchWords;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What buyers may see: published and sold-out products, and only their public images. Drafts and hidden products are
 * never returned by any method here.
 */
public interface CatalogReads {

    /** Every product buyers may see, with what the catalog filters, sorts and shows on a card. */
    List<CatalogItem> visibleItems();

    /** The items of those of {@code productIds} that buyers may see (the others are simply not returned). */
    List<CatalogItem> visibleItems(Collection<Long> productIds);

    /** A buyer's search words read as the catalog's full-text search reads them (stemmed, stop words left out). */
    SearchTerms searchTerms(String text);

    /** A visible product with its public photos (AI model photo first, then the originals). */
    Optional<Listing> listing(DressId dressId);

    /**
     * A visible product as the catalog knows it.
     *
     * @param price       its regular price
     * @param salePrice   its sale price, below {@code price}; null when it has none
     * @param categories, colors, sizes as the owner wrote them (Color / Colour and Size variant values)
     * @param words       the stemmed words of its title, tags and description, for search
     * @param photo       the photo of its card (the approved AI photo, else the first original); null if none
     */
    record CatalogItem(long id, DressId dressId, String title, Price price, Price salePrice, ProductStatus status,
                       Instant publishedAt, Instant updatedAt, List<String> categories, List<String> colors,
                       List<String> sizes, SearchWords words, Photo photo) {

        public CatalogItem {
            categories = List.copyOf(categories);
            colors = List.copyOf(colors);
            sizes = List.copyOf(sizes);
        }

        /** What a buyer pays: the sale price when there is one; the price filter and sort compare this. */
        public Price buyerPrice() {
            return salePrice != null ? salePrice : price;
        }
    }
}
