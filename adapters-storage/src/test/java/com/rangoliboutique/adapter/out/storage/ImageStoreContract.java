package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.DressId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ImageStore} promises, checked over real HTTP: each implementation's test supplies a fresh store
 * whose URLs a real server answers (S3Proxy, or the web app's media route for local disk).
 */
abstract class ImageStoreContract {

    static final DressId D_1042 = new DressId(1042);
    static final DressId D_1043 = new DressId(1043);
    static final DressId D_10420 = new DressId(10420);
    static final String JPEG = "image/jpeg";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Far beyond the 3 s links of the expiry test: only a link that never expires runs into it. */
    private static final Duration EXPIRY_GUARD = Duration.ofSeconds(60);

    /** A fresh, empty store for the current test. */
    abstract ImageStore store();

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> fetch(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void assertReadable(String url, byte[] expected) {
        HttpResponse<byte[]> response = fetch(url);
        assertEquals(200, response.statusCode(), url);
        assertArrayEquals(expected, response.body(), url);
    }

    /**
     * Refused as a client error a store answers on purpose: 404 (disk, or a public gateway without the object) or 403
     * (S3 refusing an unsigned, forged or expired request). A 500, a redirect or any other answer is a defect.
     */
    static void assertNotReadable(String url) {
        int status = fetch(url).statusCode();
        assertTrue(status == 403 || status == 404, url + " must be refused with 403 or 404, was " + status);
    }

    @Test
    void putThenGetReturnsTheSameBytes() {
        store().put(ImageKeys.original(D_1042, 1), bytes("original"), JPEG);

        assertArrayEquals(bytes("original"), store().get(ImageKeys.original(D_1042, 1)));
    }

    @Test
    void putOverwritesTheObject() {
        store().put(ImageKeys.ai(D_1042, 1), bytes("first"), JPEG);
        store().put(ImageKeys.ai(D_1042, 1), bytes("second"), JPEG);

        assertArrayEquals(bytes("second"), store().get(ImageKeys.ai(D_1042, 1)));
    }

    @Test
    void getOfAnUnknownKeyThrowsNoSuchElement() {
        assertThrows(NoSuchElementException.class, () -> store().get(ImageKeys.ai(D_1042, 9)));
    }

    @Test
    void findSaysWhetherSomethingIsStoredAndPublicUrlsStartWithThePublicBase() {
        String key = ImageKeys.ai(D_1042, 7);
        assertTrue(store().find(key).isEmpty());
        store().put(key, bytes("made once"), JPEG);
        assertArrayEquals(bytes("made once"), store().find(key).orElseThrow());
        assertTrue(store().publicUrl(key).startsWith(store().publicBaseUrl()),
                store().publicUrl(key) + " under " + store().publicBaseUrl());
    }

    @Test
    void publishedObjectIsReadableAtItsPublicUrl() {
        String key = ImageKeys.ai(D_1042, 2);
        store().put(key, bytes("studio photo"), JPEG);

        String url = store().publish(key);

        assertEquals(store().publicUrl(key), url);
        HttpResponse<byte[]> response = fetch(url);
        assertEquals(200, response.statusCode());
        assertArrayEquals(bytes("studio photo"), response.body());
        assertEquals(JPEG, response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void putPublicIsReadableAtItsPublicUrlWithoutAPrivateCopy() {
        String key = "ai/D-1042/v2-800.jpg";

        String url = store().putPublic(key, bytes("resized"), JPEG);

        assertReadable(url, bytes("resized"));
        assertThrows(NoSuchElementException.class, () -> store().get(key));
    }

    @Test
    void privateObjectIsNeverReachableThroughAPublicUrl() {
        String draft = ImageKeys.ai(D_1042, 1);
        store().put(draft, bytes("draft"), JPEG);
        String published = ImageKeys.ai(D_1042, 2);
        store().put(published, bytes("published"), JPEG);
        store().publish(published);

        assertAll(
                () -> assertNotReadable(store().publicUrl(draft)),
                () -> assertNotReadable(store().publicUrl(draft).replace("/public/", "/private/")),
                () -> assertNotReadable(store().publicUrl(published).replace("/public/", "/private/")),
                () -> assertReadable(store().publicUrl(published), bytes("published")));
    }

    @Test
    void deleteAllOfRemovesPrivatePublicAndResizedObjectsOfThatDressOnly() {
        for (DressId dress : List.of(D_1042, D_1043, D_10420)) {
            store().put(ImageKeys.original(dress, 1), bytes("original " + dress), JPEG);
            store().put(ImageKeys.ai(dress, 1), bytes("ai " + dress), JPEG);
            store().publish(ImageKeys.ai(dress, 1));
            store().putPublic("ai/" + dress + "/v1-800.jpg", bytes("resized " + dress), JPEG);
        }

        store().deleteAllOf(D_1042);

        assertAll(
                () -> assertThrows(NoSuchElementException.class, () -> store().get(ImageKeys.original(D_1042, 1))),
                () -> assertThrows(NoSuchElementException.class, () -> store().get(ImageKeys.ai(D_1042, 1))),
                () -> assertNotReadable(store().publicUrl(ImageKeys.ai(D_1042, 1))),
                () -> assertNotReadable(store().publicUrl("ai/D-1042/v1-800.jpg")));
        for (DressId other : List.of(D_1043, D_10420)) {
            assertArrayEquals(bytes("original " + other), store().get(ImageKeys.original(other, 1)));
            assertArrayEquals(bytes("ai " + other), store().get(ImageKeys.ai(other, 1)));
            assertReadable(store().publicUrl(ImageKeys.ai(other, 1)), bytes("ai " + other));
            assertReadable(store().publicUrl("ai/" + other + "/v1-800.jpg"), bytes("resized " + other));
        }
    }

    @Test
    void deleteAllOfADressWithoutObjectsDoesNothing() {
        store().put(ImageKeys.original(D_1043, 1), bytes("kept"), JPEG);

        store().deleteAllOf(D_1042);

        assertArrayEquals(bytes("kept"), store().get(ImageKeys.original(D_1043, 1)));
    }

    @Test
    void signedUrlReadsThePrivateObjectUntilItExpires() throws InterruptedException {
        String key = ImageKeys.ai(D_1042, 1);
        store().put(key, bytes("draft"), JPEG);
        Duration ttl = Duration.ofSeconds(3);

        Instant signed = Instant.now();
        String url = store().signedUrl(key, ttl);

        HttpResponse<byte[]> response = fetch(url);
        assertEquals(200, response.statusCode());
        assertArrayEquals(bytes("draft"), response.body());
        assertEquals(JPEG, response.headers().firstValue("Content-Type").orElseThrow());
        Instant refused = awaitRefused(url, EXPIRY_GUARD);
        // expiry is written in whole seconds: a link may close up to a second before signed + ttl, never earlier
        Instant earliest = signed.plus(ttl).minusSeconds(1);
        assertFalse(refused.isBefore(earliest), "refused at " + refused + ", before its expiry " + earliest);
        assertNotReadable(url);
    }

    /** Fetches {@code url} until it is no longer 200, and returns when; the time-out only guards against a hang. */
    private static Instant awaitRefused(String url, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (fetch(url).statusCode() == 200) {
            assertTrue(Instant.now().isBefore(deadline), url + " still readable after " + timeout);
            Thread.sleep(100);
        }
        return Instant.now();
    }

    @Test
    void signedUrlOfOneKeyDoesNotOpenAnother() {
        store().put(ImageKeys.ai(D_1042, 1), bytes("one"), JPEG);
        store().put(ImageKeys.ai(D_1042, 2), bytes("two"), JPEG);

        String url = store().signedUrl(ImageKeys.ai(D_1042, 1), Duration.ofMinutes(15));

        assertNotReadable(url.replace("/v1.jpg", "/v2.jpg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../ai/D-1042/v1.jpg", "/ai/D-1042/v1.jpg", "ai/D-1042/../../v1.jpg",
            "ai/D-1042/..", "ai\\D-1042\\v1.jpg", "ai/D-1042/v1.jpg?x=1", "ai/D-1042/v1.jpg/", "ai//D-1042/v1.jpg",
            "private/ai/D-1042/v1.jpg", "ai/D-1042/My Dress.jpg", "ai/D-1042/.secret", "ai/D-1042/v1.exe",
            "ai/1042/v1.jpg", "ai/D-1042/sub/v1.jpg", "AI/D-1042/v1.jpg", "ai/D-1042/v1.jpg\u0000"})
    void keysOfAnotherShapeAreRejected(String key) {
        List<Consumer<String>> uses = List.of(
                k -> store().put(k, bytes("x"), JPEG),
                k -> store().get(k),
                k -> store().publish(k),
                k -> store().putPublic(k, bytes("x"), JPEG),
                k -> store().publicUrl(k),
                k -> store().signedUrl(k, Duration.ofMinutes(1)));
        for (Consumer<String> use : uses) {
            assertThrows(IllegalArgumentException.class, () -> use.accept(key));
        }
    }

    @Test
    void keysOfOurShapeAreAccepted() {
        for (String key : List.of("originals/D-1042/v1.jpg", "ai/D-1042/v12.jpg", "ai/D-1042/v2-800.jpg",
                "ai/D-1042/v2-400.webp", "originals/D-99999/v1.png")) {
            store().put(key, bytes(key), StorageKeys.contentTypeOf(key));
            assertTrue(store().publicUrl(key).endsWith("/public/" + key), key);
        }
    }
}
