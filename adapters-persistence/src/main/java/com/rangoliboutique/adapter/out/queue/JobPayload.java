package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.domain.image.AiStyle;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job as JSON on the queue, in the field names of spec §5, plus {@code style} (a job queued by an older web app
 * has none: it is a studio job).
 */
@Singleton
final class JobPayload {

    private final JsonMapper json;

    JobPayload(JsonMapper json) {
        this.json = json;
    }

    String write(GenerationJob job) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("product_id", job.productId());
        payload.put("image_id", job.imageId());
        payload.put("original_image_key", job.originalImageKey());
        payload.put("version", job.version());
        payload.put("attempt", job.attempt());
        payload.put("style", job.style().name());
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GenerationJob read(String text) {
        try {
            Map<String, Object> p = json.readValue(text, Argument.mapOf(String.class, Object.class));
            return new GenerationJob(number(p, "product_id"), number(p, "image_id"),
                    (String) p.get("original_image_key"), (int) number(p, "version"), (int) number(p, "attempt"),
                    AiStyle.ofName((String) p.get("style")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable job payload: " + text, e);
        }
    }

    private static long number(Map<String, Object> payload, String field) {
        return ((Number) payload.get(field)).longValue();
    }
}
