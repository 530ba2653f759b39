package com.rangoliboutique.adapter.out.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.rangoliboutique.application.port.out.ImageGenerator.GarmentContext;
import com.rangoliboutique.application.port.out.ImageGenerator.Result;
import com.rangoliboutique.application.port.out.ImageGenerator.Result.Failed;
import com.rangoliboutique.application.port.out.ImageGenerator.Result.Generated;
import com.rangoliboutique.application.port.out.ImageGenerator.Usage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real adapter and the real google-genai SDK against a local peer that speaks the Gemini REST protocol. */
class ImageGeneratorGeminiAdapterIT {

    private static final String API_KEY = "test-key-not-real";
    private static final byte[] GARMENT = TestImages.garmentJpeg();
    private static final GarmentContext SAREE = new GarmentContext("D-1042", "Banarasi silk saree", List.of("Saree", "Silk"));

    private final GeminiPeer peer = GeminiPeer.start();
    private final List<AutoCloseable> adapters = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable adapter : adapters) {
            adapter.close();
        }
        peer.close();
    }

    private ImageGeneratorGeminiAdapter adapter(GeminiProperties properties) {
        ImageGeneratorGeminiAdapter adapter = new ImageGeneratorGeminiAdapter(properties, null);
        adapters.add(adapter);
        return adapter;
    }

    /** The Gemini API at the peer, with quick retries so tests stay fast. */
    private GeminiProperties apiKeyAtPeer(Duration timeout, int attempts) {
        return new GeminiProperties(API_KEY, null, null, null, peer.baseUrl(), timeout, attempts, Duration.ofMillis(10));
    }

    private ImageGeneratorGeminiAdapter apiKeyAdapter() {
        return adapter(apiKeyAtPeer(null, 3));
    }

    private Result generate() {
        return apiKeyAdapter().generate(GARMENT, SAREE);
    }

    @Test
    void sendsGarmentPhotoSpecPromptAndPortraitImageRequestToTheModel() {
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, false), "image/png"));

        generate();

        GeminiPeer.Request request = peer.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1beta/models/gemini-2.5-flash-image:generateContent", request.path());
        assertEquals(API_KEY, request.header("x-goog-api-key"));
        JsonNode parts = request.body().at("/contents/0/parts");
        assertEquals("user", request.body().at("/contents/0/role").asText());
        assertEquals("image/jpeg", parts.at("/0/inlineData/mimeType").asText());
        assertArrayEquals(GARMENT, Base64.getDecoder().decode(parts.at("/0/inlineData/data").asText()));
        String prompt = parts.at("/1/text").asText();
        assertTrue(prompt.startsWith(GarmentPrompt.load().template()), prompt);
        assertTrue(prompt.endsWith("Product: Banarasi silk saree (Saree, Silk)."), prompt);
        JsonNode generation = request.body().at("/generationConfig");
        assertTrue(generation.at("/responseModalities").toString().contains("\"IMAGE\""), generation.toString());
        assertEquals("3:4", generation.at("/imageConfig/aspectRatio").asText());
    }

    @Test
    void usesTheConfiguredModel() {
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, false), "image/png"));
        GeminiProperties properties = new GeminiProperties(API_KEY, null, null, "gemini-3-pro-image-preview",
                peer.baseUrl(), null, null, null);

        adapter(properties).generate(GARMENT, SAREE);

        assertEquals("/v1beta/models/gemini-3-pro-image-preview:generateContent", peer.onlyRequest().path());
    }

    // ---- what a generation used: the model, the prompt's version and the answer's usageMetadata

    @Test
    void theGeneratedImageCarriesTheModelThePromptVersionAndTheTokenCountsOfTheAnswer() {
        peer.alwaysReply(GeminiPeer.imageWithUsage(TestImages.modelPhotoPng(768, 1024, false), "image/png",
                1_317, 1_290, 41, 2_648));

        Generated generated = assertInstanceOf(Generated.class, generate());

        assertEquals(new Usage("gemini-2.5-flash-image", "studio-v1", 1_317, 1_290, 2_648, true),
                generated.usage());
        assertEquals(GarmentPrompt.VERSION, generated.usage().promptVersion());
    }

    @Test
    void theUsageNamesTheConfiguredModel() {
        peer.alwaysReply(GeminiPeer.imageWithUsage(TestImages.modelPhotoPng(768, 1024, false), "image/png",
                10, 20, 0, 30));
        GeminiProperties properties = new GeminiProperties(API_KEY, null, null, "gemini-3-pro-image-preview",
                peer.baseUrl(), null, null, null);

        Result result = adapter(properties).generate(GARMENT, SAREE);

        assertEquals(new Usage("gemini-3-pro-image-preview", GarmentPrompt.VERSION, 10, 20, 30, true), result.usage());
    }

    @Test
    void anAnswerWithoutUsageMetadataHasNoCountsButStillItsModelAndPrompt() {
        peer.alwaysReply(GeminiPeer.textOnly("I cannot help with that."));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertEquals(new Usage("gemini-2.5-flash-image", GarmentPrompt.VERSION, null, null, null, true), failed.usage());
    }

    @Test
    void aFailureWithoutAnAnswerHasNoCounts() {
        peer.alwaysReply(GeminiPeer.error(500, "INTERNAL", "Internal error encountered."));

        Failed failed = assertInstanceOf(Failed.class, adapter(apiKeyAtPeer(null, 1)).generate(GARMENT, SAREE));

        assertEquals(new Usage("gemini-2.5-flash-image", GarmentPrompt.VERSION, null, null, null, true), failed.usage());
    }

    @Test
    void returnsTheGeneratedImageReencodedAsJpeg() {
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, false), "image/png"));

        Generated generated = assertInstanceOf(Generated.class, generate());

        assertTrue(TestImages.isJpeg(generated.jpeg()));
        BufferedImage image = TestImages.decode(generated.jpeg());
        assertEquals(768, image.getWidth());
        assertEquals(1024, image.getHeight());
    }

    @Test
    void flattensTransparencyOntoWhite() {
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, true), "image/png"));

        Generated generated = assertInstanceOf(Generated.class, generate());

        int corner = TestImages.decode(generated.jpeg()).getRGB(5, 5) & 0xFFFFFF;
        assertTrue(((corner >> 16) & 0xFF) > 245 && ((corner >> 8) & 0xFF) > 245 && (corner & 0xFF) > 245,
                Integer.toHexString(corner));
    }

    @Test
    void acceptsAJpegAnswerToo() {
        byte[] jpeg = TestImages.encode(TestImages.decode(TestImages.modelPhotoPng(864, 1152, false)), "jpeg");
        peer.alwaysReply(GeminiPeer.image(jpeg, "image/jpeg"));

        Generated generated = assertInstanceOf(Generated.class, generate());

        assertEquals(864, TestImages.decode(generated.jpeg()).getWidth());
    }

    @Test
    void retriesQuicklyWhenTheServiceIsBusyThenSucceeds() {
        peer.thenReply(GeminiPeer.error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted"))
                .thenReply(GeminiPeer.error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted"))
                .alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, false), "image/png"));

        Result result = generate();

        assertInstanceOf(Generated.class, result);
        assertEquals(3, peer.requests().size());
    }

    @Test
    void staysBusyAfterAllQuickRetriesIsATransientFailure() {
        peer.alwaysReply(GeminiPeer.error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertTrue(failed.transientFailure());
        assertEquals("the AI service is busy (HTTP 429)", failed.reason());
        assertEquals(3, peer.requests().size(), "our 3 tries only: the SDK's own retries are off");
    }

    @Test
    void addsNoRetriesOrWaitsOfTheSdksOwn() {
        peer.alwaysReply(GeminiPeer.error(503, "UNAVAILABLE", "The model is overloaded."));
        ImageGeneratorGeminiAdapter adapter = adapter(apiKeyAtPeer(null, 4));

        adapter.generate(GARMENT, SAREE);
        Instant returned = Instant.now();

        assertEquals(4, peer.requests().size(), "our 4 tries only: no retries of the SDK's own");
        // The SDK's waits leave no other trace than time: with them on it sleeps 0-2 s (uniform) after each failed
        // call, 4 s on average here, and all four sleeps sum to under 1.5 s only 1.3% of the time. Our own waits are
        // 10 + 20 + 40 ms. Timed from the first request's arrival, so the SDK's warm-up (class loading, the first
        // connection) does not count: what is left is four local round trips, well under 1.5 s on a loaded machine.
        Duration took = Duration.between(peer.requests().get(0).at(), returned);
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "the SDK sleeps 0-2 s per failed call when on: " + took);
    }

    @Test
    void serverErrorsAreTransientFailuresAfterTheQuickRetries() {
        peer.alwaysReply(GeminiPeer.error(500, "INTERNAL", "Internal error encountered."));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertTrue(failed.transientFailure());
        assertTrue(failed.reason().contains("HTTP 500"), failed.reason());
        assertEquals(3, peer.requests().size());
    }

    @Test
    void aTimeoutIsATransientFailure() {
        // an answer that comes long after any time-out we could mean: only a time-out ends the call
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, false), "image/png")
                .after(Duration.ofMinutes(1)));
        // 1 s, not less: the time-out also counts connecting and sending, and on a loaded machine a 300 ms first try
        // could end before the peer saw it (the full run before this change saw 1 request instead of 2)
        Duration timeout = Duration.ofSeconds(1);
        ImageGeneratorGeminiAdapter adapter = adapter(apiKeyAtPeer(timeout, 2));

        Failed failed = assertInstanceOf(Failed.class, adapter.generate(GARMENT, SAREE));
        Instant returned = Instant.now();

        assertTrue(failed.transientFailure());
        assertTrue(failed.reason().contains("did not answer in time"), failed.reason());
        List<GeminiPeer.Request> tries = peer.requests();
        assertEquals(2, tries.size());
        // the second try starts after the first reached the peer and waits its full time-out (a lower bound, which load
        // only makes easier to meet) ...
        Duration both = Duration.between(tries.get(0).at(), returned);
        assertTrue(both.compareTo(timeout) >= 0, "gave up after " + both);
        // ... and the tries end at our time-out, not at a default of the SDK's or OkHttp's (10 s and more): 2 × 1 s,
        // with room for a busy machine
        assertTrue(both.compareTo(Duration.ofSeconds(8)) < 0, "two tries of 1 s took " + both);
    }

    @Test
    void aBlockedPromptIsAPermanentSafetyFailureWithoutRetries() {
        peer.alwaysReply(GeminiPeer.promptBlocked("SAFETY"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertTrue(failed.reason().startsWith("blocked by safety filter"), failed.reason());
        assertEquals(1, peer.requests().size());
    }

    @Test
    void anImageStoppedBySafetyIsAPermanentSafetyFailure() {
        peer.alwaysReply(GeminiPeer.finishedWithoutImage("IMAGE_SAFETY"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertEquals("blocked by safety filter (IMAGE_SAFETY)", failed.reason());
    }

    @Test
    void aTextOnlyAnswerIsAPermanentFailureQuotingTheText() {
        peer.alwaysReply(GeminiPeer.textOnly("I can't create images of real garments on people."));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertTrue(failed.reason().startsWith("the AI returned no image, only text"), failed.reason());
        assertTrue(failed.reason().contains("I can't create images"), failed.reason());
        assertEquals(1, peer.requests().size());
    }

    @Test
    void garbageImageBytesAreAPermanentFailure() {
        peer.alwaysReply(GeminiPeer.image("definitely not a picture".getBytes(StandardCharsets.UTF_8), "image/png"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertTrue(failed.reason().startsWith("the AI returned"), failed.reason());
    }

    @Test
    void aTruncatedImageIsAPermanentFailure() {
        byte[] png = TestImages.modelPhotoPng(768, 1024, false);
        peer.alwaysReply(GeminiPeer.image(Arrays.copyOf(png, png.length / 3), "image/png"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertEquals("the AI returned a broken image that cannot be decoded", failed.reason());
    }

    @Test
    void aTinyImageIsAPermanentFailure() {
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(10, 10, false), "image/png"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertEquals("the AI returned an image of unusable size (10×10 px)", failed.reason());
    }

    @Test
    void rejectedCredentialsArePermanentAndNotRetried() {
        peer.alwaysReply(GeminiPeer.error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers."));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertTrue(failed.reason().contains("HTTP 403"), failed.reason());
        assertFalse(failed.reason().contains(API_KEY));
        assertEquals(1, peer.requests().size());
    }

    @Test
    void anUnknownModelIsPermanent() {
        peer.alwaysReply(GeminiPeer.error(404, "NOT_FOUND", "models/nope is not found for API version v1beta"));

        Failed failed = assertInstanceOf(Failed.class, generate());

        assertFalse(failed.transientFailure());
        assertTrue(failed.reason().contains("model was not found"), failed.reason());
    }

    @Test
    void vertexAiUsesTheProjectPathAndABearerToken() {
        peer.alwaysReply(GeminiPeer.image(TestImages.modelPhotoPng(768, 1024, false), "image/png"));
        GeminiProperties vertex = new GeminiProperties(null, "rangoli-test", "europe-west4", null, peer.baseUrl(),
                null, 1, null);
        GoogleCredentials token = GoogleCredentials.create(
                new AccessToken("vertex-test-token", Date.from(Instant.now().plus(Duration.ofHours(1)))));
        ImageGeneratorGeminiAdapter adapter = new ImageGeneratorGeminiAdapter(vertex, token);
        adapters.add(adapter);

        Result result = adapter.generate(GARMENT, SAREE);

        assertInstanceOf(Generated.class, result);
        GeminiPeer.Request request = peer.onlyRequest();
        assertEquals("/v1beta1/projects/rangoli-test/locations/europe-west4/publishers/google/models/"
                + "gemini-2.5-flash-image:generateContent", request.path());
        assertEquals("Bearer vertex-test-token", request.header("Authorization"));
        assertNull(request.header("x-goog-api-key"));
        assertEquals("3:4", request.body().at("/generationConfig/imageConfig/aspectRatio").asText());
    }
}
