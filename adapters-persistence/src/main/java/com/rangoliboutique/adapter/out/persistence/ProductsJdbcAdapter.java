package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.Variant;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
class ProductsJdbcAdapter implements Products {

    private final ProductRowRepository products;
    private final VariantOptionRowRepository variants;
    private final JsonColumns json;

    ProductsJdbcAdapter(ProductRowRepository products, VariantOptionRowRepository variants, JsonColumns json) {
        this.products = products;
        this.variants = variants;
        this.json = json;
    }

    @Override
    public DressId nextDressId() {
        return DressId.of(products.nextDressNumber());
    }

    @Override
    @Transactional
    public Product add(Product product) {
        ProductRow saved = products.save(toRow(product));
        variants.saveAll(variantRows(saved.id(), product.variants()));
        return toProduct(saved);
    }

    @Override
    @Transactional
    public void update(Product product) {
        long id = requireId(product);
        products.update(toRow(product));
        variants.deleteByProductId(id);
        variants.saveAll(variantRows(id, product.variants()));
    }

    @Override
    @Transactional
    public Optional<Product> byId(long id) {
        return products.findById(id).map(this::toProduct);
    }

    @Override
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Optional<Product> byIdForUpdate(long id) {
        return products.findByIdForUpdate(id).map(this::toProduct);
    }

    @Override
    @Transactional
    public Optional<Product> byDressId(DressId dressId) {
        return products.findByDressId(dressId.value()).map(this::toProduct);
    }

    @Override
    @Transactional
    public void delete(long id) {
        products.deleteById(id);
    }

    @Override
    public boolean idEverIssued(long id) {
        return id > 0 && id <= products.lastIssuedId();
    }

    @Override
    public Map<ProductStatus, Long> countByStatus() {
        Map<ProductStatus, Long> counts = new EnumMap<>(ProductStatus.class);
        for (ProductStatus status : ProductStatus.values()) {
            counts.put(status, 0L);
        }
        products.countByStatus().forEach(c -> counts.put(ProductStatus.valueOf(c.status()), c.count()));
        return counts;
    }

    private ProductRow toRow(Product p) {
        return new ProductRow(p.id(), p.dressId().value(), p.title(), p.description(),
                json.write(p.categories()), json.write(p.tags()), p.price().paise(),
                p.salePrice().map(Price::paise).orElse(null), p.status().name(),
                p.telegramChatId(), p.telegramMessageId(), p.createdAt(), p.updatedAt());
    }

    private Product toProduct(ProductRow row) {
        List<Variant> rowVariants = variants.ofProduct(row.id()).stream()
                .map(v -> new Variant(v.type(), v.value(), v.sortOrder()))
                .toList();
        ProductDetails details = new ProductDetails(row.title(), row.description(), json.strings(row.categories()),
                json.strings(row.tags()), new Price(row.priceInr()), rowVariants);
        Price salePrice = row.salePricePaise() == null ? null : new Price(row.salePricePaise());
        return Product.restore(row.id(), DressId.parse(row.dressId()), details, salePrice,
                ProductStatus.valueOf(row.status()), row.telegramChatId(), row.telegramMessageId(), row.createdAt(), row.updatedAt());
    }

    private static List<VariantOptionRow> variantRows(long productId, List<Variant> variants) {
        return variants.stream()
                .map(v -> new VariantOptionRow(null, productId, v.type(), v.value(), v.sortOrder()))
                .toList();
    }

    private static long requireId(Product product) {
        if (product.id() == null) {
            throw new IllegalArgumentException(product.dressId() + " was never stored: add it first");
        }
        return product.id();
    }
}
