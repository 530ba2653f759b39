package com.rangoliboutique.adapter.in.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a precompiled JTE template ({@code src/main/jte/<name>.jte}, compiled to a class by the build) to UTF-8
 * bytes, HTML-escaping every value.
 */
@Singleton
class TemplateRenderer {

    static final String HTML = "text/html;charset=utf-8";

    private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);

    CachedPage page(int status, String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        jte.render(template + ".jte", Map.of("page", page), output);
        byte[] bytes = new byte[output.getContentLength()];
        int[] at = {0};
        try {
            output.writeTo((data, offset, length) -> {
                System.arraycopy(data, offset, bytes, at[0], length);
                at[0] += length;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CachedPage.of(status, HTML, bytes);
    }

    /** A part of a page, escaped like a whole one, for pages that put it in as it is ({@code $unsafe}). */
    String fragment(String template, String name, Object value) {
        gg.jte.output.StringOutput output = new gg.jte.output.StringOutput(2048);
        jte.render(template + ".jte", Map.of(name, value), output);
        return output.toString();
    }
}
