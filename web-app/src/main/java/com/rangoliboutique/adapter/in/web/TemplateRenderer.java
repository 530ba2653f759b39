package com.rangoliboutique.adapter.in.web;

import io.micronaut.core.io.Writable;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders a precompiled JTE template ({@code src/main/jte/<name>.jte}) to UTF-8 bytes, HTML-escaping every value. */
@Singleton
class TemplateRenderer {

    static final String HTML = "text/html;charset=utf-8";

    private final HtmlJteViewsRenderer<Object> jte;

    TemplateRenderer(HtmlJteViewsRenderer<Object> jte) {
        this.jte = jte;
    }

    CachedPage page(int status, String template, Object page) {
        Writable writable = jte.render(template, Map.of("page", page), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            writable.writeTo(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CachedPage.of(status, HTML, out.toByteArray());
    }
}
