package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code DEMO=true}: a dozen published sample products with drawn pictures; never twice, never over real ones. */
@MicronautTest(environments = "test", transactional = false)
class DemoCatalogIT extends PostgresIT {

    @Inject
    Products products;
    @Inject
    Images images;
    @Inject
    ImageStore store;
    @Inject
    CreateDraftUseCase createDraft;
    @Inject
    com.rangoliboutique.application.port.out.ImageResizer resizer;
    @Inject
    com.rangoliboutique.application.port.out.WebpEncoder webp;
    @Inject
    com.rangoliboutique.application.port.out.AuditLog audit;
    @Inject
    com.rangoliboutique.application.port.out.Transactions transactions;
    @Inject
    com.rangoliboutique.application.port.out.Promotions promotions;
    @Inject
    com.rangoliboutique.application.port.out.JobInbox inbox;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(super.getProperties());
        try {
            p.put("storage.dir", Files.createTempDirectory("demo-storage").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void anEmptyShopGetsTwelvePublishedSamplesWithPublicPicturesAndAFullShopGetsNone() throws Exception {
        long queued = inbox.depth();
        new DemoCatalog(products, createDraft, images, store, resizer, webp, audit, transactions);

        assertEquals(12, products.countByStatus().get(ProductStatus.PUBLISHED));
        for (long id = 1; id <= 12; id++) {
            var product = products.byId(id).orElseThrow();
            assertTrue(product.title().endsWith("(sample)"), product.title());
            assertTrue(product.tags().contains("sample"));
            List<Image> pictures = images.ofProduct(id);
            String url = pictures.get(0).url();
            assertTrue(url.contains("/media/public/originals/" + product.dressId() + "/v1.jpg"), url);
            var opened = store.openLink("public/originals/" + product.dressId() + "/v1.jpg", null, null).orElseThrow();
            assertNotNull(ImageIO.read(new ByteArrayInputStream(opened.bytes())), "a real picture");
            assertTrue(pictures.stream().noneMatch(i -> i.type() == com.rangoliboutique.domain.image.ImageType.AI_GENERATED),
                    "no AI photo asked for a sample: " + pictures);
        }
        assertEquals(queued, inbox.depth(), "no AI job queued only to be skipped");
        assertEquals(List.of(), promotions.claim(100, java.time.Duration.ofSeconds(1)),
                "samples are not announced: no channel post, no share cards for nobody's chat");

        new DemoCatalog(products, createDraft, images, store, resizer, webp, audit, transactions);
        assertEquals(12, products.countByStatus().values().stream().mapToLong(Long::longValue).sum());
    }
}
