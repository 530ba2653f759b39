package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.PiecePage.Piece;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every {@link ProductSearch} promises (in-memory fake and PostgreSQL): the owner's look-ups cover every status,
 * newest first. Search is asked only for plain words, which both understand alike. Each test starts on an empty store.
 */
public interface ProductSearchContract {

    Products products();

    ProductSearch productSearch();

    private Product stored(String title, List<String> tags, String description, ProductStatus status) {
        Product product = products().add(Product.draft(products().nextDressId(), new ProductDetails(title, description,
                List.of("saree"), tags, Price.ofRupees(12_500), List.of()), TestProducts.CHAT_ID));
        switch (status) {
            case DRAFT -> {
            }
            case PUBLISHED -> product.publish();
            case HIDDEN -> {
                product.publish();
                product.hide();
            }
            case SOLD_OUT -> {
                product.publish();
                product.markSoldOut();
            }
        }
        products().update(product);
        return product;
    }

    private static List<Long> ids(ProductSearch.Found found) {
        return found.pieces().stream().map(Piece::productId).toList();
    }

    @Test
    default void newestListsEveryStatusLatestFirstInSlicesWithTheTotal() {
        Product draft = stored("Red Banarasi Silk Saree", List.of("red"), "", ProductStatus.DRAFT);
        Product hidden = stored("Blue Cotton Kurta", List.of("blue"), "", ProductStatus.HIDDEN);
        Product sold = stored("Green Lehenga", List.of("green"), "", ProductStatus.SOLD_OUT);

        ProductSearch.Found first = productSearch().newest(Optional.empty(), 0, 2);
        ProductSearch.Found second = productSearch().newest(Optional.empty(), 2, 2);

        assertEquals(List.of(sold.id(), hidden.id()), ids(first));
        assertEquals(3, first.total());
        assertEquals(List.of(draft.id()), ids(second));
        assertEquals(3, second.total());
        assertEquals(new Piece(sold.id(), sold.dressId(), "Green Lehenga", Price.ofRupees(12_500), null,
                ProductStatus.SOLD_OUT), first.pieces().get(0));
        assertEquals(List.of(), ids(productSearch().newest(Optional.empty(), 3, 2)), "past the end");
    }

    @Test
    default void aPieceOnSaleCarriesItsSalePrice() {
        Product saree = stored("Red Banarasi Silk Saree", List.of("red"), "", ProductStatus.PUBLISHED);
        saree.putOnSale(Price.ofRupees(9_999));
        products().update(saree);

        Piece listed = productSearch().newest(Optional.empty(), 0, 1).pieces().get(0);

        assertEquals(Price.ofRupees(12_500), listed.price());
        assertEquals(Price.ofRupees(9_999), listed.salePrice());
        assertEquals(Price.ofRupees(9_999), listed.buyerPrice());
    }

    @Test
    default void newestInOneStatusCountsOnlyThatStatus() {
        stored("Red Banarasi Silk Saree", List.of(), "", ProductStatus.DRAFT);
        Product published = stored("Blue Cotton Kurta", List.of(), "", ProductStatus.PUBLISHED);
        Product alsoPublished = stored("Green Lehenga", List.of(), "", ProductStatus.PUBLISHED);

        ProductSearch.Found found = productSearch().newest(Optional.of(ProductStatus.PUBLISHED), 0, 8);

        assertEquals(List.of(alsoPublished.id(), published.id()), ids(found));
        assertEquals(2, found.total());
        assertEquals(0, productSearch().newest(Optional.of(ProductStatus.HIDDEN), 0, 8).total());
    }

    @Test
    default void matchingLooksInTitleTagsAndDescriptionOfEveryStatus() {
        Product saree = stored("Red Banarasi Silk Saree", List.of("wedding"), "Pure silk with zari border.",
                ProductStatus.DRAFT);
        Product kurta = stored("Blue Cotton Kurta", List.of("casual", "red"), "Soft cotton.", ProductStatus.HIDDEN);

        assertEquals(List.of(saree.id()), ids(productSearch().matching("red silk", 0, 8)), "every word");
        assertEquals(List.of(kurta.id(), saree.id()), ids(productSearch().matching("RED", 0, 8)), "tags, any case");
        assertEquals(List.of(saree.id()), ids(productSearch().matching("zari", 0, 8)), "description");
        assertEquals(List.of(saree.id()), ids(productSearch().matching("wedding", 0, 8)), "tags");
        assertEquals(List.of(saree.id()), ids(productSearch().matching("sarees", 0, 8)), "stemmed");
        assertEquals(List.of(kurta.id()), ids(productSearch().matching("kurta", 0, 8)), "a hidden piece");
        assertEquals(0, productSearch().matching("red chiffon", 0, 8).total());
        assertEquals(0, productSearch().matching("  ", 0, 8).total());
    }

    @Test
    default void matchingCountsEveryMatchAndSlicesNewestFirst() {
        Product first = stored("Red Saree One", List.of(), "", ProductStatus.PUBLISHED);
        Product second = stored("Red Saree Two", List.of(), "", ProductStatus.DRAFT);
        Product third = stored("Red Saree Three", List.of(), "", ProductStatus.SOLD_OUT);
        stored("Blue Kurta", List.of(), "", ProductStatus.PUBLISHED);

        ProductSearch.Found page = productSearch().matching("red saree", 1, 2);

        assertEquals(List.of(second.id(), first.id()), ids(page));
        assertEquals(3, page.total());
        assertEquals(List.of(third.id()), ids(productSearch().matching("red saree", 0, 1)));
    }

    @Test
    default void anEmptyShopHasNothing() {
        assertEquals(new ProductSearch.Found(List.of(), 0), productSearch().newest(Optional.empty(), 0, 8));
        assertEquals(new ProductSearch.Found(List.of(), 0), productSearch().matching("saree", 0, 8));
    }
}
