package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;

/**
 * Before the owner's button acts (so its spinner can stop with the answer): the product, and whether the action is
 * allowed by its status — the domain's status table decides. Changes nothing.
 */
public interface CheckDraftActionUseCase {

    /** {@code action} null asks only for the product (Edit works in every status). */
    Check check(long productId, ProductAction action);

    /** What {@link #check} found. */
    sealed interface Check {

        /** The action may go ahead on {@code product}. */
        record Allowed(Product product) implements Check {
        }

        /** The status table refuses the action; {@code reason} is meant for the owner. */
        record Refused(Product product, String reason) implements Check {
        }

        /** No such product: discarded ({@code everExisted}), or an id no product ever had (a forged button). */
        record Gone(boolean everExisted) implements Check {
        }
    }
}
