package com.rangoliboutique.adapter.out.ai;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * How to reach Gemini. An API key selects the Gemini API; otherwise a Google Cloud project selects Vertex AI with
 * application-default credentials. Blank values count as absent, so {@code ${ENV:}} placeholders are safe.
 *
 * @param apiKey        Gemini API key (GEMINI_API_KEY); wins over {@code project} when both are set
 * @param project       Google Cloud project for Vertex AI (GOOGLE_CLOUD_PROJECT)
 * @param location      Vertex AI location (GOOGLE_CLOUD_LOCATION), default {@value #DEFAULT_LOCATION}
 * @param model         image model, default {@value #DEFAULT_MODEL}
 * @param baseUrl       API endpoint; blank = the SDK's default (tests point it at a local peer)
 * @param timeout       limit for one HTTP call, default 90 s
 * @param retryAttempts tries within one job attempt for transient errors (429, 5xx, timeouts), default 3
 * @param retryWait     wait before the first quick retry, doubled (with jitter) each time, default 2 s
 */
@ConfigurationProperties("ai.gemini")
public record GeminiProperties(@Nullable String apiKey,
                               @Nullable String project,
                               @Nullable String location,
                               @Nullable String model,
                               @Nullable String baseUrl,
                               @Nullable Duration timeout,
                               @Nullable Integer retryAttempts,
                               @Nullable Duration retryWait) {

    public static final String DEFAULT_MODEL = "gemini-2.5-flash-image";
    public static final String DEFAULT_LOCATION = "us-central1";

    public GeminiProperties {
        apiKey = blankToNull(apiKey);
        project = blankToNull(project);
        location = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
        baseUrl = blankToNull(baseUrl);
        timeout = timeout == null ? Duration.ofSeconds(90) : timeout;
        retryAttempts = retryAttempts == null ? 3 : Math.max(1, retryAttempts);
        retryWait = retryWait == null ? Duration.ofSeconds(2) : retryWait;
    }

    public boolean usesApiKey() {
        return apiKey != null;
    }

    public boolean usesVertexAi() {
        return apiKey == null && project != null;
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "GeminiProperties[" + (usesApiKey() ? "apiKey=***" : "project=" + project + ", location=" + location)
                + ", model=" + model + ", baseUrl=" + (baseUrl == null ? "(SDK default)" : baseUrl)
                + ", timeout=" + timeout + ", retryAttempts=" + retryAttempts + ", retryWait=" + retryWait + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
