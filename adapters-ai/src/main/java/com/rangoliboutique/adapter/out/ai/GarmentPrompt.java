package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.application.port.out.ImageGenerator.GarmentContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The spec §6 prompt, kept word for word in a versioned resource, plus one short line about the product. */
final class GarmentPrompt {

    static final String VERSION = "garment-on-model-v1";
    private static final int MAX_CONTEXT_LENGTH = 200;

    private final String template;

    private GarmentPrompt(String template) {
        this.template = template;
    }

    static GarmentPrompt load() {
        String resource = "/prompts/" + VERSION + ".txt";
        try (InputStream in = GarmentPrompt.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt resource " + resource + " is missing from the classpath");
            }
            return new GarmentPrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String template() {
        return template;
    }

    /** The template, followed by "Product: title (categories)." when the context says anything. */
    String forGarment(GarmentContext context) {
        String product = context == null ? "" : describe(context);
        return product.isEmpty() ? template : template + "\n\nProduct: " + product + ".";
    }

    private static String describe(GarmentContext context) {
        List<String> words = new ArrayList<>();
        String title = oneLine(context.title());
        if (!title.isEmpty()) {
            words.add(title);
        }
        List<String> categories = context.categories() == null ? List.of()
                : context.categories().stream().map(GarmentPrompt::oneLine).filter(c -> !c.isEmpty()).toList();
        if (!categories.isEmpty()) {
            words.add("(" + String.join(", ", categories) + ")");
        }
        String text = String.join(" ", words);
        return text.length() <= MAX_CONTEXT_LENGTH ? text : text.substring(0, MAX_CONTEXT_LENGTH).strip();
    }

    /** The owner typed these: no line breaks that could pose as new prompt sections. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
