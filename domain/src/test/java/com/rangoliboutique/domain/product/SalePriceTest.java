package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.product.SalePriceRefusedException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.rangoliboutique.domain.product.TestProducts.*;
import static org.junit.jupiter.api.Assertions.*;

/** A piece may sell below its price for a while; the price buyers pay follows, and the rule holds through edits. */
class SalePriceTest {

    @Test
    void aPublishedPieceGoesOnSaleBelowItsPriceAndBuyersPayTheSalePrice() {
        Product saree = publishedSaree();

        saree.putOnSale(Price.ofRupees(9_999));

        assertEquals(Optional.of(Price.ofRupees(9_999)), saree.salePrice());
        assertEquals(Price.ofRupees(12_500), saree.price(), "the regular price stays, to be struck through");
        assertEquals(Price.ofRupees(9_999), saree.buyerPrice());
        assertEquals(ProductStatus.PUBLISHED, saree.status());
    }

    @Test
    void withoutASalePriceBuyersPayThePrice() {
        Product saree = publishedSaree();
        assertEquals(Optional.empty(), saree.salePrice());
        assertEquals(Price.ofRupees(12_500), saree.buyerPrice());
    }

    @ParameterizedTest
    @EnumSource(value = ProductStatus.class, names = {"HIDDEN", "SOLD_OUT"})
    void hiddenAndSoldOutPiecesMayHaveASalePriceReadyForWhenTheyAreBack(ProductStatus status) {
        Product saree = aSaree().status(status).build();
        saree.putOnSale(Price.ofRupees(10_000));
        assertEquals(Price.ofRupees(10_000), saree.buyerPrice());
        assertEquals(status, saree.status());
    }

    @Test
    void aSalePriceAtOrAboveThePriceIsRefusedWithTheFacts() {
        Product saree = publishedSaree();

        for (long rupees : new long[]{12_500, 13_000}) {
            SalePriceRefusedException refused = assertThrows(SalePriceRefusedException.class,
                    () -> saree.putOnSale(Price.ofRupees(rupees)));
            assertEquals(Reason.NOT_BELOW_PRICE, refused.reason());
            assertEquals(DRESS_ID, refused.dressId());
            assertEquals(Price.ofRupees(12_500), refused.price());
            assertEquals(Price.ofRupees(rupees), refused.salePrice());
        }
        assertEquals(Optional.empty(), saree.salePrice());
        assertEquals("A sale price must be below the price: D-1042 costs ₹12,500, so ₹12,500 is not a sale price.",
                assertThrows(SalePriceRefusedException.class, () -> saree.putOnSale(Price.ofRupees(12_500)))
                        .getMessage());
    }

    @Test
    void aDraftCannotGoOnSaleNorEndASale() {
        Product draft = draftSaree();

        SalePriceRefusedException refused = assertThrows(SalePriceRefusedException.class,
                () -> draft.putOnSale(Price.ofRupees(9_999)));
        assertEquals(Reason.DRAFT, refused.reason());
        assertEquals("D-1042 is still a draft — a sale price is for pieces in the catalog; approve it first.",
                refused.getMessage());
        assertEquals(Reason.DRAFT, assertThrows(SalePriceRefusedException.class, draft::endSale).reason());
        assertEquals(Optional.empty(), draft.salePrice());
    }

    @Test
    void endingTheSaleGoesBackToThePrice() {
        Product saree = publishedSareeOnSale();

        saree.endSale();

        assertEquals(Optional.empty(), saree.salePrice());
        assertEquals(Price.ofRupees(12_500), saree.buyerPrice());
        assertEquals(Reason.NOT_ON_SALE, assertThrows(SalePriceRefusedException.class, saree::endSale).reason());
    }

    @Test
    void aNewSalePriceReplacesTheOneInForce() {
        Product saree = publishedSareeOnSale();
        saree.putOnSale(Price.ofRupees(8_000));
        assertEquals(Price.ofRupees(8_000), saree.buyerPrice());
    }

    @Test
    void editingThePriceToOrBelowTheSalePriceIsRefusedAndChangesNothing() {
        Product saree = publishedSareeOnSale();

        for (long rupees : new long[]{9_999, 9_000}) {
            SalePriceRefusedException refused = assertThrows(SalePriceRefusedException.class, () -> saree.edit(
                    ProductPatch.empty().withPrice(Price.ofRupees(rupees)).withTitle("Changed")));
            assertEquals(Reason.PRICE_NOT_ABOVE_SALE, refused.reason());
            assertEquals(Price.ofRupees(rupees), refused.price());
            assertEquals(Price.ofRupees(9_999), refused.salePrice());
        }
        assertEquals(details(), saree.details(), "not even the title changed");
        assertEquals(Price.ofRupees(9_999), saree.buyerPrice());
    }

    @Test
    void editingThePriceAboveTheSalePriceKeepsTheSale() {
        Product saree = publishedSareeOnSale();
        saree.edit(ProductPatch.empty().withPrice(Price.ofRupees(10_000)));
        assertEquals(Price.ofRupees(10_000), saree.price());
        assertEquals(Optional.of(Price.ofRupees(9_999)), saree.salePrice());
    }

    @Test
    void restoreKeepsTheSalePrice() {
        assertEquals(Optional.of(Price.ofRupees(9_999)), publishedSareeOnSale().salePrice());
    }
}
