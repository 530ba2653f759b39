package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;

/** The owner sets a sale price below a piece's price ({@code /sale D-1042 9999}) or ends it ({@code /sale D-1042 off}). */
public interface SetSalePriceUseCase {

    /**
     * Stores the change with its audit entry; the catalog shows it within a second.
     *
     * @return the product with its new sale price (or none)
     * @throws com.rangoliboutique.domain.product.SalePriceRefusedException a draft, a sale price not below the price,
     *                                                                     or no sale to end
     * @throws com.rangoliboutique.domain.product.NoSuchProductException    an unknown dress id
     */
    Product setSalePrice(SetSalePriceCommand command);
}
