package com.rangoliboutique.adapter.out.ai;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.Blob;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponsePromptFeedback;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.ImageConfig;
import com.google.genai.types.Part;
import com.rangoliboutique.application.port.out.ImageGenerator;
import com.rangoliboutique.domain.image.AiStyle;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gemini image generation through google-genai: the Gemini API with an API key, or Vertex AI with
 * application-default credentials. Transient errors (timeouts, HTTP 408/429/5xx) are retried quickly here; the
 * SDK's own retries are switched off so these are the only ones.
 */
@Singleton
@Requires(condition = GeminiCredentials.Configured.class)
public final class ImageGeneratorGeminiAdapter implements ImageGenerator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImageGeneratorGeminiAdapter.class);

    static final int MIN_SIDE = 256;
    static final int MAX_SIDE = 8000;
    static final String SAFETY_FILTER = "blocked by safety filter";
    /** Finish reasons that mean a filter stopped the image (FinishReason.Known names; strings keep unknown ones). */
    private static final Set<String> FILTERED = Set.of("SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT",
            "IMAGE_PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION", "IMAGE_RECITATION");

    private final Client client;
    private final String model;
    private final GenerateContentConfig config;
    private final Map<AiStyle, GarmentPrompt> prompts = GarmentPrompt.loadAll();
    private final Retry retry;

    @Inject
    public ImageGeneratorGeminiAdapter(GeminiProperties properties) {
        this(properties, null);
    }

    /** {@code credentials}: for Vertex AI instead of application-default credentials (tests use a fixed token). */
    ImageGeneratorGeminiAdapter(GeminiProperties properties, @Nullable GoogleCredentials credentials) {
        this.client = client(properties, credentials);
        this.model = properties.model();
        this.config = GenerateContentConfig.builder()
                .responseModalities("TEXT", "IMAGE")
                .imageConfig(ImageConfig.builder().aspectRatio("3:4").build())
                .build();
        this.retry = Retry.of("gemini", RetryConfig.<Result>custom()
                .maxAttempts(properties.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(properties.retryWait(), 2.0, 0.3))
                .retryOnResult(result -> result instanceof Result.Failed failed && failed.transientFailure())
                .build());
        LOG.info("AI photos: {} with model {} (prompts {})",
                properties.usesApiKey() ? "Gemini API" : "Vertex AI project " + properties.project()
                        + " in " + properties.location(), model,
                prompts.values().stream().map(GarmentPrompt::id).collect(java.util.stream.Collectors.joining(", ")));
    }

    private static Client client(GeminiProperties properties, @Nullable GoogleCredentials credentials) {
        HttpOptions.Builder http = HttpOptions.builder()
                // pinned: SDK 2.0 defaults the Gemini API to v1, while image output is documented on v1beta
                .apiVersion(properties.usesApiKey() ? "v1beta" : "v1beta1")
                .timeout(Math.toIntExact(properties.timeout().toMillis()))
                // SDK default: 5 attempts. attempts(1) alone still sleeps up to 2 s after a 429/5xx before
                // returning it; no retryable status codes makes the SDK's interceptor return at once.
                .retryOptions(HttpRetryOptions.builder().attempts(1).httpStatusCodes(List.of()).build());
        if (properties.baseUrl() != null) {
            http.baseUrl(properties.baseUrl());
        }
        Client.Builder builder = Client.builder().httpOptions(http.build());
        if (properties.usesApiKey()) {
            builder.vertexAI(false).apiKey(properties.apiKey());
        } else {
            builder.vertexAI(true).project(properties.project()).location(properties.location());
            if (credentials != null) {
                builder.credentials(credentials);
            }
        }
        try {
            return builder.build();
        } catch (GenAiIOException e) {
            throw new IllegalStateException("Vertex AI project " + properties.project() + " is configured but no "
                    + "application-default credentials were found: set GOOGLE_APPLICATION_CREDENTIALS to a service "
                    + "account key file, or set GEMINI_API_KEY to use the Gemini API instead", e);
        }
    }

    @Override
    public Result generate(byte[] garmentJpeg, GarmentContext context) {
        Content request = Content.fromParts(
                Part.fromBytes(garmentJpeg, "image/jpeg"),
                Part.fromText(promptOf(context).forGarment(context)));
        String promptId = promptOf(context).id();
        Result result = retry.executeSupplier(() -> attempt(request, promptId));
        if (result instanceof Result.Failed failed) {
            LOG.warn("Gemini gave no usable image ({} failure): {}",
                    failed.transientFailure() ? "transient" : "permanent", failed.reason());
        }
        return result;
    }

    private GarmentPrompt promptOf(GarmentContext context) {
        return prompts.get(context == null ? AiStyle.STUDIO : context.style());
    }

    private Result attempt(Content request, String promptId) {
        Result result = call(request, promptId);
        if (result instanceof Result.Failed failed && failed.transientFailure()) {
            LOG.info("Gemini call failed, may be retried: {}", failed.reason());
        }
        return result;
    }

    private Result call(Content request, String promptId) {
        GenerateContentResponse response;
        try {
            response = client.models.generateContent(model, request, config);
        } catch (ApiException e) {
            return withUsage(httpFailure(e), noAnswer(promptId));
        } catch (GenAiIOException e) {
            return new Result.Failed(true, "the AI service could not be reached or did not answer in time",
                    noAnswer(promptId));
        } catch (RuntimeException e) {
            LOG.warn("Unexpected error from the Gemini SDK", e);
            return new Result.Failed(true, "the AI service gave an unexpected answer", noAnswer(promptId));
        }
        return withUsage(imageFrom(response), usageOf(response, promptId));
    }

    /** A call that got no answer to read counts from: the model and prompt are known, the tokens are not. */
    private Usage noAnswer(String promptId) {
        return new Usage(model, promptId, null, null, null, true);
    }

    /** The counts the answer's {@code usageMetadata} gives; output tokens are the candidates' (the image, its text). */
    private Usage usageOf(GenerateContentResponse response, String promptId) {
        Optional<GenerateContentResponseUsageMetadata> usage = response.usageMetadata();
        return new Usage(model, promptId,
                usage.flatMap(GenerateContentResponseUsageMetadata::promptTokenCount).orElse(null),
                usage.flatMap(GenerateContentResponseUsageMetadata::candidatesTokenCount).orElse(null),
                usage.flatMap(GenerateContentResponseUsageMetadata::totalTokenCount).orElse(null),
                true);
    }

    private static Result withUsage(Result result, Usage usage) {
        if (result instanceof Result.Generated generated) {
            return new Result.Generated(generated.jpeg(), usage);
        }
        Result.Failed failed = (Result.Failed) result;
        return new Result.Failed(failed.transientFailure(), failed.reason(), usage);
    }

    private static Result httpFailure(ApiException e) {
        int code = e.code();
        String detail = " (HTTP " + code + ")";
        if (code == 429) {
            return new Result.Failed(true, "the AI service is busy" + detail);
        }
        if (code == 408 || code >= 500) {
            return new Result.Failed(true, "the AI service had a temporary problem" + detail);
        }
        if (code == 401 || code == 403) {
            return new Result.Failed(false, "the AI service refused our credentials" + detail
                    + "; check GEMINI_API_KEY or the Google Cloud project");
        }
        if (code == 404) {
            return new Result.Failed(false, "the AI model was not found" + detail + "; check GEMINI_MODEL");
        }
        return new Result.Failed(false, "the AI service rejected the request" + detail + ": " + brief(e.message()));
    }

    /** Reads candidates directly: {@code response.parts()} throws on any finish reason but STOP/MAX_TOKENS. */
    private static Result imageFrom(GenerateContentResponse response) {
        Optional<String> blocked = response.promptFeedback()
                .flatMap(GenerateContentResponsePromptFeedback::blockReason).map(Object::toString);
        if (blocked.isPresent()) {
            return new Result.Failed(false, SAFETY_FILTER + " (" + blocked.get() + ")");
        }
        Optional<Candidate> candidate = response.candidates().flatMap(all -> all.stream().findFirst());
        List<Part> parts = candidate.flatMap(Candidate::content).flatMap(Content::parts).orElse(List.of());
        Optional<byte[]> image = parts.stream()
                .map(Part::inlineData).flatMap(Optional::stream)
                .filter(blob -> blob.mimeType().orElse("image/").startsWith("image/"))
                .map(Blob::data).flatMap(Optional::stream)
                .findFirst();
        if (image.isPresent()) {
            return jpegOf(image.get());
        }
        String finish = candidate.flatMap(Candidate::finishReason).map(Object::toString).orElse("");
        if (FILTERED.contains(finish)) {
            return new Result.Failed(false, SAFETY_FILTER + " (" + finish + ")");
        }
        String text = parts.stream().filter(part -> !part.thought().orElse(false))
                .map(Part::text).flatMap(Optional::stream).reduce("", String::concat).strip();
        if (!text.isEmpty()) {
            return new Result.Failed(false, "the AI returned no image, only text: “" + brief(text) + "”");
        }
        return new Result.Failed(false, "the AI returned no image" + (finish.isEmpty() ? "" : " (" + finish + ")"));
    }

    private static Result jpegOf(byte[] bytes) {
        try {
            BufferedImage image = ImageBytes.read(bytes, MIN_SIDE, MAX_SIDE);
            return new Result.Generated(ImageBytes.toJpeg(image));
        } catch (ImageBytes.UnusableImageException e) {
            return new Result.Failed(false, "the AI returned " + e.getMessage());
        }
    }

    private static String brief(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    @PreDestroy
    @Override
    public void close() {
        client.close();
    }
}
