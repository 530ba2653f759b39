package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagesJdbcAdapterIT extends DatabaseIT {

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

    @Test
    void anAiPhotoKeepsItsColourCheckAndAnOriginalHasNone() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image original = images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
        Image ai = images.add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1)));
        Image unchecked = images.add(Image.pendingAi(product.id(), 2, ImageKeys.ai(product.dressId(), 2)));
        ai.markReady("https://cdn.example/ai.jpg", new ColourCheck(9.4, "maroon", "brick red", true));
        images.update(ai);
        unchecked.markReady("https://cdn.example/ai2.jpg");
        images.update(unchecked);

        assertEquals(new ColourCheck(9.4, "maroon", "brick red", true), images.byId(ai.id()).orElseThrow().colourCheck());
        assertNull(images.byId(unchecked.id()).orElseThrow().colourCheck());
        assertNull(images.byId(original.id()).orElseThrow().colourCheck());
    }

    @Test
    void publishingMarksTheImagePublic() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image original = images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
        Image ai = images.add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1)));
        assertFalse(images.byId(original.id()).orElseThrow().isPublic());

        original.publishedAt("https://cdn.example/public/original.jpg");
        images.update(original);

        Image read = images.byId(original.id()).orElseThrow();
        assertTrue(read.isPublic());
        assertEquals("https://cdn.example/public/original.jpg", read.url());
        assertFalse(images.byId(ai.id()).orElseThrow().isPublic());
    }

    @Test
    void renditionsAreReadNarrowestFirstPerImage() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image original = images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
        Image other = images.add(Image.original(product.id(), 2, ImageKeys.original(product.dressId(), 2)));
        Rendition w1200 = rendition(original, 1200, 1600, 210_000);
        Rendition w400 = rendition(original, 400, 533, 31_000);
        Rendition w800 = rendition(original, 800, 1067, 98_000);

        images.addRenditions(original.id(), List.of(w1200, w400, w800));
        images.addRenditions(other.id(), List.of(rendition(other, 600, 800, 60_000)));

        assertEquals(List.of(w400, w800, w1200), images.renditionsOf(original.id()));
        assertEquals(List.of(600), images.renditionsOf(other.id()).stream().map(Rendition::width).toList());
    }

    @Test
    void aWidthMadeAgainReplacesTheRecordedCopy() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image original = images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
        images.addRenditions(original.id(), List.of(rendition(original, 400, 533, 31_000),
                rendition(original, 800, 1067, 98_000)));

        Rendition smaller = rendition(original, 800, 1067, 75_000);
        images.addRenditions(original.id(), List.of(smaller));

        assertEquals(List.of(400, 800), images.renditionsOf(original.id()).stream().map(Rendition::width).toList());
        assertEquals(smaller, images.renditionsOf(original.id()).get(1));
    }

    @Test
    void anImageWithoutRenditionsHasNone() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image original = images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));

        images.addRenditions(original.id(), List.of());

        assertEquals(List.of(), images.renditionsOf(original.id()));
        assertEquals(List.of(), images.renditionsOf(999_999L));
    }

    @Test
    void renditionsGoWithTheirProduct() {
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), 1L));
        Image original = images.add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
        images.addRenditions(original.id(), List.of(rendition(original, 400, 533, 31_000)));

        products.delete(product.id());

        assertEquals(List.of(), images.renditionsOf(original.id()));
    }

    private static Rendition rendition(Image image, int width, int height, int sizeBytes) {
        String key = ImageKeys.rendition(image.storageKey(), width);
        return new Rendition(width, height, key, "https://cdn.example/public/" + key, sizeBytes);
    }
}
