package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.application.port.out.ImageGenerator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageGeneratorBeanSelectionTest {

    @Test
    void withoutCredentialsTheOfflineStandInIsTheOnlyGenerator() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertEquals(1, context.getBeansOfType(ImageGenerator.class).size());
            assertInstanceOf(ImageGeneratorOfflineAdapter.class, context.getBean(ImageGenerator.class));
        }
    }

    @Test
    void blankCredentialsCountAsNone() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("ai.gemini.api-key", "", "ai.gemini.project", " "))) {
            assertInstanceOf(ImageGeneratorOfflineAdapter.class, context.getBean(ImageGenerator.class));
        }
    }

    @Test
    void anApiKeySelectsGeminiAsTheOnlyGenerator() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("ai.gemini.api-key", "test-key"))) {
            Collection<ImageGenerator> generators = context.getBeansOfType(ImageGenerator.class);

            assertEquals(1, generators.size());
            assertInstanceOf(ImageGeneratorGeminiAdapter.class, generators.iterator().next());
        }
    }

    @Test
    void aGoogleCloudProjectSelectsGeminiOnVertexAi() {
        // only the definition: building the client would look for application-default credentials
        try (ApplicationContext context = ApplicationContext.run(Map.of("ai.gemini.project", "rangoli-prod"))) {
            Collection<BeanDefinition<ImageGenerator>> definitions = context.getBeanDefinitions(ImageGenerator.class);

            assertEquals(1, definitions.size());
            assertEquals(ImageGeneratorGeminiAdapter.class, definitions.iterator().next().getBeanType());
            assertTrue(context.getBean(GeminiProperties.class).usesVertexAi());
        }
    }

    @Test
    void propertiesBindFromConfiguration() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "ai.gemini.project", "rangoli-prod", "ai.gemini.location", "europe-west4",
                "ai.gemini.model", "gemini-3-pro-image-preview", "ai.gemini.base-url", "http://127.0.0.1:9",
                "ai.gemini.timeout", "45s", "ai.gemini.retry-attempts", "5", "ai.gemini.retry-wait", "500ms"))) {
            GeminiProperties properties = context.getBean(GeminiProperties.class);

            assertEquals(new GeminiProperties(null, "rangoli-prod", "europe-west4", "gemini-3-pro-image-preview",
                    "http://127.0.0.1:9", Duration.ofSeconds(45), 5, Duration.ofMillis(500)), properties);
        }
    }

    @Test
    void emptyEnvironmentPlaceholdersFallBackToDefaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "ai.gemini.api-key", "k", "ai.gemini.model", "", "ai.gemini.location", "", "ai.gemini.base-url", ""))) {
            GeminiProperties properties = context.getBean(GeminiProperties.class);

            assertEquals(GeminiProperties.DEFAULT_MODEL, properties.model());
            assertEquals(GeminiProperties.DEFAULT_LOCATION, properties.location());
            assertNull(properties.baseUrl());
            assertEquals(Duration.ofSeconds(90), properties.timeout());
            assertEquals(3, properties.retryAttempts());
        }
    }

    @Test
    void propertiesNeverShowTheApiKey() {
        String shown = new GeminiProperties("AIzaSy-secret-value", null, null, null, null, null, null, null).toString();

        assertEquals(-1, shown.indexOf("secret"), shown);
    }
}
