package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What buyers may see: published and sold-out products, and only their public images. Drafts and hidden products are
 * never returned by any method here.
 */
public interface CatalogReads {

    /** One page of the products matching the query, available ones before sold-out ones, in a stable order. */
    ResultPage search(CatalogQuery query, Instant now);

    /** The values the catalog's filters can offer: only those some visible product has. */
    Facets facets();

    /** A visible product with its public photos (AI model photo first, then the originals). */
    Optional<Listing> listing(DressId dressId);

    /** Every visible product, for {@code /sitemap.xml}. */
    List<SitemapEntry> sitemap();

    /**
     * A value that changes whenever anything buyers see may have changed (products, their variants and images,
     * the shop settings), as seen by a new transaction — committed changes only.
     */
    String fingerprint();

    /** A stored copy of a photo at one width. */
    record PhotoSize(String url, int width, int height, int sizeBytes) {
    }

    /**
     * A public photo: its full-size URL and its resized copies, narrowest first (none for photos published before
     * copies were made).
     */
    record Photo(String url, boolean aiGenerated, List<PhotoSize> sizes) {

        public Photo {
            sizes = List.copyOf(sizes);
        }

        /** The largest copy, when there are copies. */
        public Optional<PhotoSize> largest() {
            return sizes.isEmpty() ? Optional.empty() : Optional.of(sizes.get(sizes.size() - 1));
        }
    }

    /** A product as a catalog card; {@code photo} is null when it has no public photo. */
    record Card(DressId dressId, String title, Price price, ProductStatus status, Instant publishedAt, Photo photo) {
    }

    record ResultPage(List<Card> cards, long total) {

        public ResultPage {
            cards = List.copyOf(cards);
        }
    }

    /** Filter values: categories, Color and Size variant values, and the range of prices in rupees (null if empty). */
    record Facets(List<String> categories, List<String> colors, List<String> sizes, Long minRupees, Long maxRupees) {

        public Facets {
            categories = List.copyOf(categories);
            colors = List.copyOf(colors);
            sizes = List.copyOf(sizes);
        }
    }

    record Listing(Product product, Instant publishedAt, List<Photo> photos) {

        public Listing {
            photos = List.copyOf(photos);
        }
    }

    record SitemapEntry(DressId dressId, Instant lastModified) {
    }
}
