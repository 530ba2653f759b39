package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Exactly one {@link ImageStore}: S3 when {@code storage.s3.endpoint} is non-blank, local disk otherwise. */
class ImageStoreSelectionTest {

    @TempDir
    Path dir;

    private List<Class<?>> imageStores(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("storage.dir", dir.toString());
        try (ApplicationContext context = ApplicationContext.run(all)) {
            return context.getBeanDefinitions(ImageStore.class).stream().<Class<?>>map(BeanDefinition::getBeanType).toList();
        }
    }

    @Test
    void withoutEndpointTheLocalDiskStoreIsTheOne() {
        assertEquals(List.of(ImageStoreLocalDiskAdapter.class), imageStores(Map.of()));
    }

    @Test
    void blankEndpointCountsAsNone() {
        assertEquals(List.of(ImageStoreLocalDiskAdapter.class), imageStores(Map.of("storage.s3.endpoint", " ")));
    }

    @Test
    void withEndpointTheS3StoreIsTheOne() {
        assertEquals(List.of(ImageStoreS3Adapter.class), imageStores(Map.of("storage.s3.endpoint", "http://127.0.0.1:9",
                "storage.s3.access-key", "ak", "storage.s3.secret-key", "sk")));
    }

    @Test
    void s3PropertiesBindFromTheirNamespace() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "storage.s3.endpoint", "http://127.0.0.1:9", "storage.s3.access-key", "ak",
                "storage.s3.secret-key", "sk", "storage.s3.bucket", "drafts", "storage.s3.public-bucket", "shop",
                "storage.s3.public-url", "http://127.0.0.1:9/cdn", "storage.s3.public-acl", "false",
                "storage.s3.region", "auto", "storage.s3.path-style", "false"))) {
            assertEquals(new S3StorageProperties("http://127.0.0.1:9", "ak", "sk", "drafts", "shop",
                    "http://127.0.0.1:9/cdn", "auto", false, false), context.getBean(S3StorageProperties.class));
        }
    }

    @Test
    void s3PropertiesDefaultToAPublicAclAndPathStyle() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("storage.s3.endpoint", "http://127.0.0.1:9",
                "storage.s3.access-key", "ak", "storage.s3.secret-key", "sk"))) {
            assertEquals(new S3StorageProperties("http://127.0.0.1:9", "ak", "sk", "rangoli-boutique", null, null, null,
                    true, true), context.getBean(S3StorageProperties.class));
        }
    }

    @Test
    void localDiskPropertiesBindFromTheirNamespace() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("storage.dir", dir.toString(),
                "storage.secret-key", "s3cret", "storage.public-base-url", "https://shop.example/"))) {
            ImageStore store = context.getBean(ImageStore.class);

            assertEquals("https://shop.example/media/public/ai/D-1042/v1.jpg", store.publicUrl("ai/D-1042/v1.jpg"));
            assertEquals(new DiskStorageProperties(dir.toString(), "s3cret", "https://shop.example/"),
                    context.getBean(DiskStorageProperties.class));
        }
    }

    @Test
    void localDiskDefaultsToTheDataFolder() {
        try (ApplicationContext context = ApplicationContext.run(Map.of())) {
            assertEquals("./data/storage", context.getBean(DiskStorageProperties.class).dir());
            assertFalse(context.containsBean(ImageStoreS3Adapter.class));
        }
    }
}
