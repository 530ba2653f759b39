package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

/** {@code /sitemap.xml} (the catalog and every piece in it) and {@code /robots.txt}. */
@Singleton
class SitemapAndRobots {

    private final BrowseCatalogUseCase catalog;
    private final String shopUrl;

    SitemapAndRobots(BrowseCatalogUseCase catalog) {
        this.catalog = catalog;
        this.shopUrl = catalog.shopUrl();
    }

    CachedPage sitemap() {
        StringBuilder xml = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
                .append("<url><loc>").append(xml(shopUrl + "/")).append("</loc></url>\n");
        for (var entry : catalog.sitemap()) {
            xml.append("<url><loc>").append(xml(catalog.pageUrl(entry.dressId()))).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>").append(entry.lastModified().truncatedTo(ChronoUnit.SECONDS))
                        .append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return CachedPage.of(200, "application/xml;charset=utf-8", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    CachedPage robots() {
        String text = """
                User-agent: *
                Allow: /
                Disallow: /telegram/
                Disallow: /media/private/
                Sitemap: %s/sitemap.xml
                """.formatted(shopUrl);
        return CachedPage.of(200, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
