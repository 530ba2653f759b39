package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.rangoliboutique.domain.product.ProductAction.*;
import static com.rangoliboutique.domain.product.ProductStatus.*;
import static org.junit.jupiter.api.Assertions.*;

class ProductStatusTest {

    private static final DressId D_1042 = new DressId(1042);

    /** The whole table: every status × every action. A move either lands on a status or is refused with a reason. */
    @ParameterizedTest(name = "{0} + {1} → {2}{3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DRAFT     | PUBLISH               | PUBLISHED | -
            DRAFT     | PUBLISH_ORIGINAL_ONLY | PUBLISHED | -
            DRAFT     | HIDE                  | -         | D-1042 is still a draft — approve it first.
            DRAFT     | UNHIDE                | -         | D-1042 is still a draft — approve it first.
            DRAFT     | MARK_SOLD_OUT         | -         | D-1042 is still a draft — approve it first.
            DRAFT     | DISCARD               | DRAFT     | -
            DRAFT     | REGENERATE            | DRAFT     | -
            DRAFT     | CHANGE_SALE_PRICE     | -         | D-1042 is still a draft — a sale price is for pieces in the catalog; approve it first.
            PUBLISHED | PUBLISH               | -         | D-1042 is already published.
            PUBLISHED | PUBLISH_ORIGINAL_ONLY | -         | D-1042 is already published.
            PUBLISHED | HIDE                  | HIDDEN    | -
            PUBLISHED | UNHIDE                | -         | D-1042 is already visible in the catalog.
            PUBLISHED | MARK_SOLD_OUT         | SOLD_OUT  | -
            PUBLISHED | DISCARD               | -         | D-1042 is already published — only drafts and hidden pieces can be discarded; use /hide to take it off the catalog.
            PUBLISHED | REGENERATE            | -         | D-1042 is already published — only drafts can be regenerated.
            PUBLISHED | CHANGE_SALE_PRICE     | PUBLISHED | -
            HIDDEN    | PUBLISH               | -         | D-1042 is hidden, not a draft — use /unhide to show it again.
            HIDDEN    | PUBLISH_ORIGINAL_ONLY | -         | D-1042 is hidden, not a draft — use /unhide to show it again.
            HIDDEN    | HIDE                  | -         | D-1042 is already hidden.
            HIDDEN    | UNHIDE                | PUBLISHED | -
            HIDDEN    | MARK_SOLD_OUT         | -         | D-1042 is hidden — unhide it before marking it sold out.
            HIDDEN    | DISCARD               | HIDDEN    | -
            HIDDEN    | REGENERATE            | -         | D-1042 is already hidden — only drafts can be regenerated.
            HIDDEN    | CHANGE_SALE_PRICE     | HIDDEN    | -
            SOLD_OUT  | PUBLISH               | -         | D-1042 is sold out, not a draft — use /unhide to put it back on sale.
            SOLD_OUT  | PUBLISH_ORIGINAL_ONLY | -         | D-1042 is sold out, not a draft — use /unhide to put it back on sale.
            SOLD_OUT  | HIDE                  | HIDDEN    | -
            SOLD_OUT  | UNHIDE                | PUBLISHED | -
            SOLD_OUT  | MARK_SOLD_OUT         | -         | D-1042 is already marked sold out.
            SOLD_OUT  | DISCARD               | -         | D-1042 is sold out — only drafts and hidden pieces can be discarded; use /hide to take it off the catalog.
            SOLD_OUT  | REGENERATE            | -         | D-1042 is already sold out — only drafts can be regenerated.
            SOLD_OUT  | CHANGE_SALE_PRICE     | SOLD_OUT  | -
            """)
    void everyStatusAndActionHasOneOutcome(ProductStatus from, ProductAction action, ProductStatus expected,
                                           String refusal) {
        if (expected != null) {
            assertTrue(from.allows(action));
            assertEquals(expected, from.after(action, D_1042));
        } else {
            assertFalse(from.allows(action));
            var refused = assertThrows(IllegalTransitionException.class, () -> from.after(action, D_1042));
            assertEquals(refusal, refused.getMessage());
        }
    }

    @Test
    void buyersSeePublishedAndSoldOutOnly() {
        assertFalse(DRAFT.visibleToBuyers());
        assertTrue(PUBLISHED.visibleToBuyers());
        assertFalse(HIDDEN.visibleToBuyers());
        assertTrue(SOLD_OUT.visibleToBuyers());
    }
}
