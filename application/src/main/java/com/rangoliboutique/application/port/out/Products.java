package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Map;
import java.util.Optional;

/** The shop's products with their variants. */
public interface Products {

    /** The next dress id from the database sequence: distinct for every caller, even concurrent ones. */
    DressId nextDressId();

    /** Stores a new product with its variants and returns it with its id. */
    Product add(Product product);

    /** Stores the product's current fields, status and variants. */
    void update(Product product);

    Optional<Product> byId(long id);

    /**
     * The product, its row locked until the surrounding transaction ends: two presses of the same button arriving
     * together are handled one after the other, and the second sees what the first did.
     */
    Optional<Product> byIdForUpdate(long id);

    Optional<Product> byDressId(DressId dressId);

    /** Deletes the product; its variants and images go with it. */
    void delete(long id);

    /**
     * Whether a product was ever given this id: ids come from a sequence and are never reused, so this tells a
     * product since deleted from an id no product has had (a button from another shop's or an older database's card).
     */
    boolean idEverIssued(long id);

    /** How many products are in each status; every status is a key, zero when none. */
    Map<ProductStatus, Long> countByStatus();
}
