package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;

/** The owner hides, unhides or marks a published product sold out. */
public interface ChangeProductStatusUseCase {

    /**
     * @return the product in its new status
     * @throws com.rangoliboutique.domain.DomainException when the dress id is unknown or the move is not allowed;
     *                                                    the message is meant for the owner
     */
    Product change(ChangeProductStatusCommand command);
}
