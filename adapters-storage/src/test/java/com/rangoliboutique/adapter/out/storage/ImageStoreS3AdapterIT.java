package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.domain.image.ImageKeys;
import io.micronaut.context.ApplicationContext;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The S3 adapter against S3Proxy with signature checking on; each test gets its own bucket. */
class ImageStoreS3AdapterIT extends ImageStoreContract {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static MinioClient client;

    private String bucket;
    private ImageStoreS3Adapter store;

    @BeforeEach
    void freshBucket() {
        bucket = "images-" + BUCKETS.incrementAndGet();
        store = started(properties(bucket, null, null));
    }

    @Override
    ImageStore store() {
        return store;
    }

    static S3StorageProperties properties(String bucket, String publicBucket, String publicUrl) {
        return new S3StorageProperties(S3ProxyServer.endpoint(), S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY,
                bucket, publicBucket, publicUrl, null, true, true);
    }

    /** One client for all tests: building one takes seconds where SSL_CERT_DIR is set. */
    static synchronized MinioClient client() {
        if (client == null) {
            client = ImageStoreS3Adapter.clientFor(properties("unused", null, null));
        }
        return client;
    }

    static ImageStoreS3Adapter started(S3StorageProperties properties) {
        ImageStoreS3Adapter adapter = new ImageStoreS3Adapter(properties, client());
        adapter.prepareBuckets();
        return adapter;
    }

    private String directUrl(String bucket, String object) {
        return S3ProxyServer.endpoint() + "/" + bucket + "/" + object;
    }

    @Test
    void startUpCreatesTheMissingBucket() throws Exception {
        assertTrue(client().bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
    }

    @Test
    void applicationStartPreparesTheBucketOfTheConfiguredStore() throws Exception {
        String configured = bucket + "-app";
        try (ApplicationContext context = ApplicationContext.run(Map.of("storage.s3.endpoint", S3ProxyServer.endpoint(),
                "storage.s3.access-key", S3ProxyServer.ACCESS_KEY, "storage.s3.secret-key", S3ProxyServer.SECRET_KEY,
                "storage.s3.bucket", configured))) {
            assertTrue(client().bucketExists(BucketExistsArgs.builder().bucket(configured).build()));
            assertEquals(S3ProxyServer.endpoint() + "/" + configured + "/public/ai/D-1042/v1.jpg",
                    context.getBean(ImageStore.class).publicUrl(ImageKeys.ai(D_1042, 1)));
        }
    }

    @Test
    void privateObjectWithoutSignatureIs403() {
        store.put(ImageKeys.ai(D_1042, 1), bytes("draft"), JPEG);

        assertEquals(403, fetch(directUrl(bucket, "private/ai/D-1042/v1.jpg")).statusCode());
    }

    @Test
    void presignedUrlIs200WithContentTypeAndInlineDisposition() {
        store.put(ImageKeys.ai(D_1042, 1), bytes("draft"), JPEG);

        HttpResponse<byte[]> response = fetch(store.signedUrl(ImageKeys.ai(D_1042, 1), Duration.ofMinutes(15)));

        assertEquals(200, response.statusCode());
        assertArrayEquals(bytes("draft"), response.body());
        assertEquals(JPEG, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline", response.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void expiredPresignedUrlIs403() throws InterruptedException {
        store.put(ImageKeys.ai(D_1042, 1), bytes("draft"), JPEG);
        String url = store.signedUrl(ImageKeys.ai(D_1042, 1), Duration.ofSeconds(1));

        Thread.sleep(2_500);

        assertEquals(403, fetch(url).statusCode());
    }

    @Test
    void tamperedPresignedUrlIs403() {
        store.put(ImageKeys.ai(D_1042, 1), bytes("one"), JPEG);
        store.put(ImageKeys.ai(D_1042, 2), bytes("two"), JPEG);
        String url = store.signedUrl(ImageKeys.ai(D_1042, 1), Duration.ofMinutes(15));

        assertEquals(403, fetch(url.replace("/v1.jpg", "/v2.jpg")).statusCode());
    }

    @Test
    void publicCopyIsReadableAnonymouslyWithInlineDispositionAndLongCache() {
        store.put(ImageKeys.ai(D_1042, 1), bytes("studio photo"), JPEG);

        String url = store.publish(ImageKeys.ai(D_1042, 1));

        assertEquals(directUrl(bucket, "public/ai/D-1042/v1.jpg"), url);
        HttpResponse<byte[]> response = fetch(url);
        assertEquals(200, response.statusCode());
        assertEquals(JPEG, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline", response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void putPublicSetsContentTypeDispositionAndLongCache() {
        String url = store.putPublic("ai/D-1042/v1-800.jpg", bytes("resized"), JPEG);

        HttpResponse<byte[]> response = fetch(url);
        assertEquals(200, response.statusCode());
        assertEquals(JPEG, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline", response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aWebpCopyIsServedAsWebpWithTheSameLongCache() {
        String url = store.putPublic("ai/D-1042/v1-800w.webp", bytes("webp copy"), "image/webp");

        assertEquals(directUrl(bucket, "public/ai/D-1042/v1-800w.webp"), url);
        HttpResponse<byte[]> response = fetch(url);
        assertEquals(200, response.statusCode());
        assertArrayEquals(bytes("webp copy"), response.body());
        assertEquals("image/webp", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline", response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void separatePublicBucketGetsThePublishedCopiesAndTheMainBucketStaysPrivate() {
        String publicBucket = bucket + "-public";
        ImageStoreS3Adapter separate = started(properties(bucket, publicBucket, null));
        separate.put(ImageKeys.ai(D_1042, 1), bytes("studio photo"), JPEG);

        String url = separate.publish(ImageKeys.ai(D_1042, 1));

        assertEquals(directUrl(publicBucket, "public/ai/D-1042/v1.jpg"), url);
        assertReadable(url, bytes("studio photo"));
        assertFalse(client().listObjects(ListObjectsArgs.builder().bucket(bucket).prefix("public/").build())
                .iterator().hasNext(), "nothing public in the main bucket");
        assertEquals(403, fetch(directUrl(bucket, "private/ai/D-1042/v1.jpg")).statusCode());
    }

    @Test
    void publicUrlsStartWithTheConfiguredPublicBase() {
        ImageStoreS3Adapter cdn = new ImageStoreS3Adapter(properties(bucket, null, "https://images.example.com/"), client());

        assertEquals("https://images.example.com/public/ai/D-1042/v1.jpg", cdn.publicUrl(ImageKeys.ai(D_1042, 1)));
    }

    @Test
    void startUpRefusesAPublicUrlThatServesTheWholeBucket() throws Exception {
        try (PublicBucketGateway wholeBucket = new PublicBucketGateway(client(), bucket)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> started(properties(bucket, null, wholeBucket.url())));

            assertTrue(refused.getMessage().contains("S3_PUBLIC_BUCKET_NAME"), refused.getMessage());
        }
    }

    @Test
    void separatePublicBucketBehindAWholeBucketPublicUrlServesOnlyPublishedCopies() throws Exception {
        String publicBucket = bucket + "-public";
        try (PublicBucketGateway r2dev = new PublicBucketGateway(client(), publicBucket)) {
            ImageStoreS3Adapter r2 = started(new S3StorageProperties(S3ProxyServer.endpoint(), S3ProxyServer.ACCESS_KEY,
                    S3ProxyServer.SECRET_KEY, bucket, publicBucket, r2dev.url(), "auto", false, true));
            r2.put(ImageKeys.ai(D_1042, 1), bytes("draft"), JPEG);
            r2.put(ImageKeys.ai(D_1042, 2), bytes("published"), JPEG);

            String url = r2.publish(ImageKeys.ai(D_1042, 2));

            assertEquals(r2dev.url() + "/public/ai/D-1042/v2.jpg", url);
            assertReadable(url, bytes("published"));
            assertNotReadable(r2.publicUrl(ImageKeys.ai(D_1042, 1)));
            assertNotReadable(r2dev.url() + "/private/ai/D-1042/v1.jpg");
        }
    }

    @Test
    void openLinkIsAlwaysEmptyBecauseS3ServesItsOwnUrls() {
        store.put(ImageKeys.ai(D_1042, 1), bytes("draft"), JPEG);
        store.publish(ImageKeys.ai(D_1042, 1));

        assertTrue(store.openLink("public/ai/D-1042/v1.jpg", null, null).isEmpty());
    }
}
