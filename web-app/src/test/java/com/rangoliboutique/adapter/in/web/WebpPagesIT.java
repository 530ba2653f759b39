package com.rangoliboutique.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Product;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Photos with WebP copies come as a {@code <picture>} (WebP source, the JPEG {@code <img>} as fallback); photos
 * without keep the plain {@code <img>}; link previews and search engines get the JPEG either way.
 */
@MicronautTest(environments = "test", transactional = false)
class WebpPagesIT extends PostgresIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    PageCache cache;

    private ShopFixture shop;
    private URI base;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.put("shop.url", "https://rangoliboutique.com");
        p.put("shop.public-requests-per-minute", "0");
        return p;
    }

    @BeforeEach
    void setUp() {
        shop = new ShopFixture(products);
        base = server.getURI();
    }

    private String page(String path) {
        cache.clear();
        return ShopFixture.get(base, path).body();
    }

    /** The WebP twins publishing (or backfill-images) records beside each JPEG copy. */
    private static void withWebp(long imageId) throws SQLException {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("UPDATE image_renditions SET webp_storage_key ="
                     + " replace(storage_key, '.jpg', '.webp'), webp_url = replace(url, '.jpg', '.webp'),"
                     + " webp_size_bytes = size_bytes / 2 WHERE image_id = ?")) {
            s.setLong(1, imageId);
            s.executeUpdate();
        }
    }

    @Test
    void theProductPageServesWebpThroughPictureWithTheJpegAsFallbackAndPreviewsStayJpeg() throws Exception {
        Product saree = shop.published("Red Saree", 5_000, "saree");
        withWebp(ShopFixture.publicImage(saree, "AI_GENERATED", 2, 400, 800, 1200));
        String key = "/media/public/ai/" + saree.dressId() + "/v2";

        String html = page("/d/" + saree.dressId());

        assertTrue(html.contains("<picture><source type=\"image/webp\" srcset=\"" + key + "-400w.webp 400w, " + key
                + "-800w.webp 800w, " + key + "-1200w.webp 1200w\" sizes=\"(min-width: 62rem) 40rem, 100vw\">"
                + "<img src=\"" + key + "-800w.jpg\" srcset=\"" + key + "-400w.jpg 400w, " + key + "-800w.jpg 800w, "
                + key + "-1200w.jpg 1200w\" sizes=\"(min-width: 62rem) 40rem, 100vw\" width=\"800\" height=\"1066\""
                + " alt=\"Red Saree — AI-generated photo of a model wearing this piece\" loading=\"eager\""
                + " fetchpriority=\"high\" decoding=\"async\"></picture>"), html);
        assertTrue(html.contains("<meta property=\"og:image\" content=\"https://rangoliboutique.com" + key
                + "-1200w.jpg\">"), "link previews get the JPEG");
        assertEquals("https://rangoliboutique.com" + key + "-1200w.jpg", jsonLd(html).at("/image/0").asText());
        assertFalse(html.replaceAll("srcset=\"[^\"]*\"", "").contains(".webp"),
                "WebP only in the <source>'s srcset: " + html);
    }

    @Test
    void catalogCardsServeWebpThroughPicture() throws Exception {
        Product saree = shop.published("Green Saree", 4_000, "saree");
        withWebp(ShopFixture.publicImage(saree, "ORIGINAL", 1, 400, 800));
        String key = "/media/public/originals/" + saree.dressId() + "/v1";

        String html = page("/");

        assertTrue(html.contains("<picture><source type=\"image/webp\" srcset=\"" + key + "-400w.webp 400w, " + key
                + "-800w.webp 800w\" sizes=\"(min-width: 62rem) 220px, (min-width: 40rem) 31vw, 48vw\"><img src=\""
                + key + "-400w.jpg\""), html);
        assertEquals(1, count(html, "<picture>"));
        assertEquals(count(html, "<picture>"), count(html, "</picture>"));
    }

    @Test
    void photosWithoutWebpCopiesKeepThePlainImg() throws Exception {
        Product old = shop.published("Old Saree", 3_000, "saree");
        ShopFixture.publicImage(old, "ORIGINAL", 1, 400, 800);
        Product older = shop.published("Oldest Saree", 3_000, "saree");
        ShopFixture.publicImage(older, "ORIGINAL", 1);

        String catalog = page("/");
        String product = page("/d/" + old.dressId());

        for (String html : new String[] {catalog, product}) {
            assertFalse(html.contains("<picture"), html);
            assertFalse(html.contains(".webp"), html);
        }
        assertTrue(product.contains("<img src=\"/media/public/originals/" + old.dressId() + "/v1-800w.jpg\" srcset="));
        assertTrue(catalog.contains("<img src=\"/media/public/originals/" + older.dressId() + "/v1.jpg\" alt="),
                "no copies at all: the full-size picture");
    }

    private static JsonNode jsonLd(String html) throws IOException {
        int start = html.indexOf("<script type=\"application/ld+json\">") + "<script type=\"application/ld+json\">".length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
