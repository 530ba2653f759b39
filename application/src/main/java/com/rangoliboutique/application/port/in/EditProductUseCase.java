package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductPatch;

/** The owner changes some fields of a product (any status); only the fields in the patch change. */
public interface EditProductUseCase {

    Product edit(long adminId, DressId dressId, ProductPatch patch);

    /**
     * The product the owner is about to edit, to show its fields; refused with a
     * {@link com.rangoliboutique.domain.DomainException} when there is no such product.
     */
    Product toEdit(DressId dressId);
}
