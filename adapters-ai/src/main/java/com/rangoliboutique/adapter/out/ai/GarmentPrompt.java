package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.application.port.out.ImageGenerator.GarmentContext;
import com.rangoliboutique.domain.image.AiStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The prompt of one look ({@link AiStyle}), kept in a versioned resource {@code /prompts/<style>-v<n>.txt}, plus one
 * short line about the product. Studio is the spec §6 prompt word for word; every other look keeps its fidelity
 * ("CRITICAL REQUIREMENTS") and safety ("NEGATIVE CONSTRAINTS") lines verbatim and changes only the opening line and
 * the model-and-setting lines.
 */
final class GarmentPrompt {

    /** The default look's prompt id (the spec's prompt). */
    static final String VERSION = AiStyle.STUDIO.promptId();
    private static final int MAX_CONTEXT_LENGTH = 200;

    private final String id;
    private final String template;

    private GarmentPrompt(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** The studio prompt (the spec's). */
    static GarmentPrompt load() {
        return load(AiStyle.STUDIO);
    }

    /** Every look's prompt, read once. */
    static Map<AiStyle, GarmentPrompt> loadAll() {
        Map<AiStyle, GarmentPrompt> all = new EnumMap<>(AiStyle.class);
        for (AiStyle style : AiStyle.values()) {
            all.put(style, load(style));
        }
        return all;
    }

    static GarmentPrompt load(AiStyle style) {
        String resource = "/prompts/" + style.promptId() + ".txt";
        try (InputStream in = GarmentPrompt.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt resource " + resource + " is missing from the classpath");
            }
            return new GarmentPrompt(style.promptId(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. {@code back-view-v1}. */
    String id() {
        return id;
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
