package com.rangoliboutique.adapter.in.web.view;

import java.util.List;
import java.util.Map;

/**
 * schema.org data for a {@code <script type="application/ld+json">} block. JTE escapes text inside script blocks
 * the JavaScript way ({@code \-}, {@code \'}), which is not valid JSON, so this one value is written here instead:
 * every {@code < > & ' "} and line separator inside strings is a {@code \}{@code uXXXX} escape, so the text can never
 * close the script element or open a comment, whatever a title holds. Templates print it with
 * {@code $unsafe{page.jsonLd().json()}} — the only unescaped output in the templates.
 */
public record JsonLd(String json) {

    /** From maps, lists, strings and numbers (insertion order kept). */
    public static JsonLd of(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(512);
        write(out, object);
        return new JsonLd(out.toString());
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\''
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
