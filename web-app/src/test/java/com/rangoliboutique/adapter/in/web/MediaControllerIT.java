package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.application.port.out.ImageStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local-disk images served by the web app, fetched over real HTTP (raw paths, nothing normalised). */
@MicronautTest(environments = "test", transactional = false)
class MediaControllerIT extends PostgresIT {

    private static final Path STORAGE = temporaryFolder();
    private static final String PUBLISHED = "ai/D-1042/v1.jpg";
    private static final String DRAFT = "ai/D-1042/v2.jpg";
    private static final byte[] PHOTO = "jpeg bytes".getBytes(StandardCharsets.UTF_8);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET_KEY = "media-test-secret";

    @Inject
    ImageStore store;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("storage.dir", STORAGE.toString());
        properties.put("storage.secret-key", SECRET_KEY);
        properties.put("storage.public-base-url", "");
        return properties;
    }

    @BeforeEach
    void storeImages() {
        store.put(PUBLISHED, PHOTO, "image/jpeg");
        store.publish(PUBLISHED);
        store.put(DRAFT, PHOTO, "image/jpeg");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(STORAGE)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private void assertPlain404(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertEquals(404, response.statusCode(), pathAndQuery);
        assertEquals("Not found", new String(response.body(), StandardCharsets.UTF_8), pathAndQuery);
    }

    @Test
    void publicFileIs200WithItsTypeAndLongCache() throws Exception {
        HttpResponse<byte[]> response = get(store.publicUrl(PUBLISHED));

        assertEquals("/media/public/ai/D-1042/v1.jpg", store.publicUrl(PUBLISHED));
        assertEquals(200, response.statusCode());
        assertArrayEquals(PHOTO, response.body());
        assertEquals("image/jpeg", header(response, "Content-Type"));
        assertEquals("inline", header(response, "Content-Disposition"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("public, max-age=31536000, immutable", header(response, "Cache-Control"));
    }

    @Test
    void aWebpCopyIsServedAsWebpWithTheSameLongCache() throws Exception {
        String url = store.putPublic("ai/D-1042/v1-400w.webp", PHOTO, "image/webp");

        HttpResponse<byte[]> response = get(url);

        assertEquals("/media/public/ai/D-1042/v1-400w.webp", url);
        assertEquals(200, response.statusCode());
        assertArrayEquals(PHOTO, response.body());
        assertEquals("image/webp", header(response, "Content-Type"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("public, max-age=31536000, immutable", header(response, "Cache-Control"));
    }

    @Test
    void privateFileThroughSignedUrlIs200AndNeverCached() throws Exception {
        HttpResponse<byte[]> response = get(store.signedUrl(DRAFT, Duration.ofMinutes(15)));

        assertEquals(200, response.statusCode());
        assertArrayEquals(PHOTO, response.body());
        assertEquals("image/jpeg", header(response, "Content-Type"));
        assertEquals("inline", header(response, "Content-Disposition"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("private, no-store", header(response, "Cache-Control"));
    }

    @Test
    void privateFileWithoutSignatureIs404() throws Exception {
        assertPlain404("/media/private/" + DRAFT);
    }

    @Test
    void privateFileWithForgedSignatureIs404() throws Exception {
        String signed = store.signedUrl(DRAFT, Duration.ofMinutes(15));

        assertPlain404(signed.replaceFirst("signature=.*$", "signature=" + "ab".repeat(32)));
    }

    @Test
    void privateFileWithExpiredSignatureIs404() throws Exception {
        assertPlain404(store.signedUrl(DRAFT, Duration.ofSeconds(-1)));
    }

    @Test
    void draftIsNotPublic() throws Exception {
        assertPlain404(store.publicUrl(DRAFT));
    }

    @Test
    void unknownPrivateKeyAnswersLikeAForgedLinkToAnExistingOne() throws Exception {
        String forged = "?expires=4102444800&signature=" + "ab".repeat(32);

        assertPlain404("/media/private/ai/D-1042/v9.jpg" + forged);
        assertPlain404("/media/private/" + DRAFT + forged);
    }

    /**
     * Each path leads to a file that exists — the draft, {@code STORAGE/.secret} next to the served folders (where the
     * disk store keeps its signing secret when SECRET_KEY is unset), {@code /etc/passwd}, a file whose name holds
     * backslashes, the published photo — so only the store's defence stands between it and a 200 (without its key
     * check every case but {@code /media/.secret}, which only the two-areas rule refuses, is answered, as a 500).
     */
    static Stream<String> traversals() {
        return Stream.of("/media/public/../private/" + DRAFT, "/media/public/%2e%2e/private/" + DRAFT,
                "/media/public/ai/D-1042/..%2F..%2F..%2F.secret",
                "/media/private/..%2F.secret" + signedQuery("../.secret"), // signed with the shop's own secret
                "/media/.secret", "/media/public/%2Fetc%2Fpasswd",
                "/media/public/" + STORAGE.resolve(".secret"), // an absolute path after the area: //tmp/…/.secret
                "/media/public/ai%5CD-1042%5Cv1.jpg", "/media/public/" + PUBLISHED + "%00",
                "/media/public/ai/D-1042/./v1.jpg");
    }

    @ParameterizedTest
    @MethodSource("traversals")
    void traversalIs404(String path) throws Exception {
        Files.writeString(STORAGE.resolve(".secret"), "not for you");
        Files.write(STORAGE.resolve("public").resolve("ai\\D-1042\\v1.jpg"), PHOTO); // one name on Linux

        HttpResponse<byte[]> response = get(path);

        assertEquals(404, response.statusCode(), path);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.length() < 100, path);
        assertFalse(body.contains("not for you"), path);
    }

    /** The query of a link signed the way the store signs ({@code key|expires}, HMAC-SHA256), for any key at all. */
    private static String signedQuery(String key) {
        try {
            long expires = 4_102_444_800L; // 2100
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = HexFormat.of().formatHex(mac.doFinal((key + "|" + expires).getBytes(StandardCharsets.UTF_8)));
            return "?expires=" + expires + "&signature=" + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLinkTheTestSignsOpensTheDraftAsTheStoresOwnWould() throws Exception {
        // the traversal case with a signature is only worth something if the test signs as the store does
        HttpResponse<byte[]> response = get("/media/private/" + DRAFT + signedQuery(DRAFT));

        assertEquals(200, response.statusCode());
        assertArrayEquals(PHOTO, response.body());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("media-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
