package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.PageMeta;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stylesheet, script and icon in {@code src/main/resources/static}, served as {@code /static/site.<hash>.css}:
 * the name changes whenever the content does, so browsers and CDNs may keep each file for a year.
 */
@Singleton
public class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css;charset=utf-8",
            "site.js", "text/javascript;charset=utf-8",
            "icon.svg", "image/svg+xml");

    private final Map<String, CachedPage> byHashedName = new ConcurrentHashMap<>();
    private final PageMeta.Assets assets;

    StaticAssets() {
        this.assets = new PageMeta.Assets(load("site.css"), load("site.js"), load("icon.svg"));
    }

    /** Paths of the current files, for the pages' {@code <head>}. */
    public PageMeta.Assets assets() {
        return assets;
    }

    /** The file behind a hashed name, e.g. {@code site.3f9a1c2b7d.css}. */
    public Optional<CachedPage> file(String hashedName) {
        return Optional.ofNullable(byHashedName.get(hashedName));
    }

    private String load(String name) {
        byte[] bytes;
        try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("static/" + name + " is missing from the build");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CachedPage file = CachedPage.of(200, TYPES.get(name), bytes);
        String hash = file.etag().substring(1, 11);
        int dot = name.lastIndexOf('.');
        String hashed = name.substring(0, dot) + "." + hash + name.substring(dot);
        byHashedName.put(hashed, file);
        return "/static/" + hashed;
    }
}
