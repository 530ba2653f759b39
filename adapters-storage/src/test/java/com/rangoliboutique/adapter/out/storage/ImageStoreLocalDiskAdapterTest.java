package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore.StoredObject;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.DressId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What only the local-disk store does: open its own links, and keep files whole. */
class ImageStoreLocalDiskAdapterTest {

    private static final String SECRET = "test-secret";
    private static final String KEY = ImageKeys.ai(new DressId(1042), 1);
    private static final byte[] DRAFT = "draft".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private ImageStoreLocalDiskAdapter store(String secret, String appUrl) {
        return new ImageStoreLocalDiskAdapter(new DiskStorageProperties(dir.toString(), secret, appUrl));
    }

    private ImageStoreLocalDiskAdapter store() {
        return store(SECRET, "https://shop.example/");
    }

    /** Opens a URL of the store as the web app's {@code /media/{+path}} route would. */
    private static Optional<StoredObject> open(ImageStoreLocalDiskAdapter store, String url) {
        URI uri = URI.create(url);
        Map<String, String> query = uri.getRawQuery() == null ? Map.of() : Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        String path = uri.getPath().substring(uri.getPath().indexOf("/media/") + "/media/".length());
        return store.openLink(path, query.get("expires"), query.get("signature"));
    }

    private static String hmac(String key, long expires) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((key + "|" + expires).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signedUrlHasTheDocumentedForm() throws Exception {
        String url = store().signedUrl(KEY, Duration.ofMinutes(15));

        long expires = Long.parseLong(url.replaceFirst(".*expires=(\\d+)&.*", "$1"));
        assertEquals("https://shop.example/media/private/ai/D-1042/v1.jpg?expires=" + expires
                + "&signature=" + hmac(KEY, expires), url);
        assertTrue(Math.abs(expires - Instant.now().plusSeconds(900).getEpochSecond()) <= 1);
    }

    @Test
    void signedLinkOpensThePrivateObjectWithItsContentType() {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");

        StoredObject object = open(store, store.signedUrl(KEY, Duration.ofMinutes(15))).orElseThrow();

        assertArrayEquals(DRAFT, object.bytes());
        assertEquals("image/jpeg", object.contentType());
    }

    @Test
    void forgedSignatureOpensNothing() {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");
        long expires = Instant.now().plusSeconds(600).getEpochSecond();

        assertTrue(store.openLink("private/" + KEY, String.valueOf(expires), "0".repeat(64)).isEmpty());
        assertTrue(store.openLink("private/" + KEY, String.valueOf(expires), "").isEmpty());
        assertTrue(store.openLink("private/" + KEY, String.valueOf(expires), null).isEmpty());
        assertTrue(store.openLink("private/" + KEY, null, null).isEmpty());
    }

    @Test
    void signatureOfAnotherExpiryOpensNothing() {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");
        String url = store.signedUrl(KEY, Duration.ofMinutes(15));
        long expires = Long.parseLong(url.replaceFirst(".*expires=(\\d+)&.*", "$1"));

        assertTrue(open(store, url.replace("expires=" + expires, "expires=" + (expires + 86_400))).isEmpty());
    }

    @Test
    void linkSignedWithAnotherSecretOpensNothing() {
        store(SECRET, "").put(KEY, DRAFT, "image/jpeg");

        String url = store("another-secret", "").signedUrl(KEY, Duration.ofMinutes(15));

        assertTrue(open(store(), url).isEmpty());
    }

    @Test
    void expiredLinkOpensNothing() {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");

        assertTrue(open(store, store.signedUrl(KEY, Duration.ofSeconds(-5))).isEmpty());
    }

    @Test
    void publicPathOpensOnlyPublishedObjects() {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");

        assertTrue(store.openLink("public/" + KEY, null, null).isEmpty());
        store.publish(KEY);
        assertArrayEquals(DRAFT, store.openLink("public/" + KEY, null, null).orElseThrow().bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"private/../private/ai/D-1042/v1.jpg", "public/../private/ai/D-1042/v1.jpg",
            "public/ai/D-1042/../../../.secret", "public/../.secret", ".secret", "public/.secret", "private/.secret",
            "/public/ai/D-1042/v1.jpg", "public//ai/D-1042/v1.jpg", "public/ai\\D-1042\\v1.jpg",
            "public/ai/D-1042/v1.jpg/", "public/ai/D-1042/v1.jpg%00", "public/ai/D-1042/./v1.jpg",
            "public/" + "/etc/passwd", "../outside.jpg", "public/ai/D-1042/", "public", "", "other/ai/D-1042/v1.jpg"})
    void traversalAttemptsOpenNothing(String path) throws Exception {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");
        store.publish(KEY);
        Files.writeString(dir.resolve(".secret"), "not for you");
        Files.writeString(dir.resolveSibling("outside.jpg"), "not for you");
        long expires = Instant.now().plusSeconds(600).getEpochSecond();
        String signed = hmac(path.replaceFirst("^private/", ""), expires);

        assertTrue(store.openLink(path, null, null).isEmpty());
        assertTrue(store.openLink(path, String.valueOf(expires), signed).isEmpty());
    }

    @Test
    void concurrentWritesOfOneKeyNeverLeaveAHalfWrittenFile() throws Exception {
        ImageStoreLocalDiskAdapter store = store();
        int size = 512 * 1024;
        store.put(KEY, filled((byte) 0, size), "image/jpeg");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    byte[] seen = store.get(KEY);
                    assertEquals(size, seen.length, "a reader saw a half-written file");
                    assertArrayEquals(filled(seen[0], size), seen, "a reader saw two writes mixed");
                    reads++;
                }
                return reads;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 1; w <= 5; w++) {
                byte fill = (byte) w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        store.put(KEY, filled(fill, size), "image/jpeg");
                        store.putPublic(KEY, filled(fill, size), "image/jpeg");
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            assertTrue(reader.get() > 0);
        } finally {
            pool.shutdownNow();
        }
        byte[] last = store.get(KEY);
        assertArrayEquals(filled(last[0], size), last);
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList(),
                    "temporary files left behind");
        }
    }

    @Test
    void withoutSecretKeyWebAndWorkerOfOneFolderSignAlike() {
        ImageStoreLocalDiskAdapter worker = store(null, "");
        ImageStoreLocalDiskAdapter web = store("", "");
        worker.put(KEY, DRAFT, "image/jpeg");

        String url = worker.signedUrl(KEY, Duration.ofMinutes(15));

        assertArrayEquals(DRAFT, open(web, url).orElseThrow().bytes());
        assertTrue(Files.exists(dir.resolve(".secret")));
        assertTrue(open(store(), url).isEmpty(), "SECRET_KEY, when set, wins over the folder secret");
    }

    @Test
    void linksAreRelativeWithoutAppUrl() {
        ImageStoreLocalDiskAdapter store = store(SECRET, "");

        assertEquals("/media/public/ai/D-1042/v1.jpg", store.publicUrl(KEY));
        assertTrue(store.signedUrl(KEY, Duration.ofMinutes(1)).startsWith("/media/private/ai/D-1042/v1.jpg?expires="));
        assertEquals("https://shop.example/media/public/ai/D-1042/v1.jpg", store().publicUrl(KEY));
    }

    @Test
    void filesLiveInPrivateAndPublicFolders() {
        ImageStoreLocalDiskAdapter store = store();
        store.put(KEY, DRAFT, "image/jpeg");
        store.publish(KEY);

        assertTrue(Files.isRegularFile(dir.resolve("private/ai/D-1042/v1.jpg")));
        assertTrue(Files.isRegularFile(dir.resolve("public/ai/D-1042/v1.jpg")));
    }

    private static byte[] filled(byte value, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
