package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@MicronautTest(environments = "test", startApplication = false, transactional = false)
class ImagesJdbcAdapterIT extends PostgresIT {

    @Inject
    Products products;
    @Inject
    Images images;

    @Test
    void storesOriginalsAndAiVersionsOfAProductOriginalsFirst() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        long id = product.id();
        Image ai2 = images.add(Image.pendingAi(id, 2, ImageKeys.ai(product.dressId(), 2)));
        Image ai1 = images.add(Image.pendingAi(id, 1, ImageKeys.ai(product.dressId(), 1)));
        Image original = images.add(Image.original(id, 1, ImageKeys.original(product.dressId(), 1)));

        List<Image> all = images.ofProduct(id);
        assertEquals(List.of(original.id(), ai1.id(), ai2.id()), all.stream().map(Image::id).toList());
        assertEquals(ImageType.ORIGINAL, all.get(0).type());
        assertEquals(ImageStatus.READY, all.get(0).status());
        assertEquals(ImageStatus.PENDING, all.get(1).status());
        assertNotNull(all.get(0).createdAt());
    }

    @Test
    void updateMarksTheImageReadyWithItsUrl() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image ai = images.add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1)));
        ai.markReady("https://cdn.example/ai.jpg");
        images.update(ai);

        Image read = images.byId(ai.id()).orElseThrow();
        assertEquals(ImageStatus.READY, read.status());
        assertEquals("https://cdn.example/ai.jpg", read.url());
        assertEquals("ai/" + product.dressId() + "/v1.jpg", read.storageKey());
    }
}
