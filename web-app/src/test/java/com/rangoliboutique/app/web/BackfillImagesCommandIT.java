package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code backfill-images} in this JVM, on the real database and the local-disk store: photos published the old way
 * (no resized copies at all; JPEG copies without WebP) get what publishing makes today, a second run changes nothing
 * and says so, a photo whose original is gone is named and fails the run.
 */
class BackfillImagesCommandIT extends PostgresIT {

    private final Path storage = temporaryFolder();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("backfill-images");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The command migrates before it looks (V11 holds the WebP columns): on an empty database it only migrates. */
    @BeforeAll
    void migratedByTheCommandItself() {
        assertEquals(0, run("backfill-images"), printed());
        assertTrue(printed().contains("0 images: 0 renditions made, 0 WebP copies made, 0 already complete, 0 failed"),
                printed());
    }

    @BeforeEach
    void resetOutput() {
        out.reset();
        err.reset();
    }

    @Test
    void photosPublishedBeforeCopiesAndBeforeWebpGetThemAndASecondRunDoesNothing() throws Exception {
        // published before renditions existed: only the full-size public copy
        long before = publishedImage(1001, TestImages.jpeg(1000, 1500, Color.RED));
        // published before WebP: JPEG copies of 400 and 600 px (the picture's own width) without twins
        long jpegOnly = publishedImage(1002, TestImages.jpeg(600, 900, Color.BLUE));
        jpegRendition(jpegOnly, "originals/D-1002/v1", 400, 600);
        jpegRendition(jpegOnly, "originals/D-1002/v1", 600, 900);

        assertEquals(0, run("backfill-images"), printed());

        assertTrue(printed().contains("2 images: 3 renditions made, 5 WebP copies made, 0 already complete, 0 failed"),
                printed());
        assertEquals(List.of("400 600 400w.jpg 400w.webp", "800 1200 800w.jpg 800w.webp",
                "1000 1500 1000w.jpg 1000w.webp"), renditions(before));
        assertEquals(List.of("400 600 400w.jpg 400w.webp", "600 900 600w.jpg 600w.webp"), renditions(jpegOnly));
        for (String key : List.of("originals/D-1001/v1-400w", "originals/D-1001/v1-800w", "originals/D-1001/v1-1000w",
                "originals/D-1002/v1-400w", "originals/D-1002/v1-600w")) {
            byte[] webp = Files.readAllBytes(storage.resolve("public/" + key + ".webp"));
            assertEquals("WEBP", new String(webp, 8, 4, StandardCharsets.ISO_8859_1), key);
            assertEquals(webp.length, webpBytes(key + ".webp"), "the row records the stored size of " + key);
        }
        BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(
                Files.readAllBytes(storage.resolve("public/originals/D-1001/v1-800w.jpg"))));
        assertEquals(800, jpeg.getWidth());
        assertEquals(1200, jpeg.getHeight());

        resetOutput();
        assertEquals(0, run("backfill-images"), printed());

        assertTrue(printed().contains("2 images: 0 renditions made, 0 WebP copies made, 2 already complete, 0 failed"),
                printed());
        assertTrue(printed().contains("Nothing to do"), printed());
    }

    @Test
    void aPhotoWhoseOriginalIsGoneIsNamedAndFailsTheRunWhileTheOthersAreDone() throws Exception {
        long gone = publishedImage(1003, null);
        long fine = publishedImage(1004, TestImages.jpeg(500, 500, Color.GREEN));

        assertEquals(1, run("backfill-images"), printed());

        assertTrue(printed().contains("2 images: 2 renditions made, 2 WebP copies made, 0 already complete, 1 failed:"),
                printed());
        assertTrue(printed().contains("image " + gone + " (originals/D-1003/v1.jpg): its original is not in storage"),
                printed());
        assertEquals(List.of(), renditions(gone));
        assertEquals(List.of("400 400 400w.jpg 400w.webp", "500 500 500w.jpg 500w.webp"), renditions(fine));
    }

    @Test
    void optionsAreRefusedWithTheUsage() {
        assertEquals(2, run("backfill-images", "--all"));

        assertTrue(printed().contains("backfill-images takes no options, got: --all"), printed());
        assertTrue(printed().contains("Usage: java -jar web-app.jar backfill-images"), printed());
    }

    private int run(String... args) {
        Map<String, Object> settings = new HashMap<>(TestInfrastructure.properties());
        settings.put("storage.dir", storage.toString());
        settings.put("storage.secret-key", "backfill-secret");
        settings.put("storage.public-base-url", "");
        return BackfillImagesCommand.run(args, settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /** A published product D-{number} whose original v1 is public, its bytes in storage (none: lost). */
    private long publishedImage(int number, byte[] original) throws Exception {
        String key = "originals/D-" + number + "/v1.jpg";
        if (original != null) {
            for (String area : List.of("private/", "public/")) {
                Path file = storage.resolve(area + key);
                Files.createDirectories(file.getParent());
                Files.write(file, original);
            }
        }
        try (Connection c = TestInfrastructure.connect()) {
            long productId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO products (dress_id, title, price_inr, status)"
                    + " VALUES (?, 'Saree', 5000, 'PUBLISHED') RETURNING id")) {
                s.setString(1, "D-" + number);
                productId = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO images (product_id, type, version, storage_key,"
                    + " url, status, is_public) VALUES (?, 'ORIGINAL', 1, ?, ?, 'READY', TRUE) RETURNING id")) {
                s.setLong(1, productId);
                s.setString(2, key);
                s.setString(3, "/media/public/" + key);
                return single(s);
            }
        }
    }

    private void jpegRendition(long imageId, String base, int width, int height) throws Exception {
        byte[] bytes = TestImages.jpeg(width, height, Color.BLUE);
        Path file = storage.resolve("public/" + base + "-" + width + "w.jpg");
        Files.write(file, bytes);
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO image_renditions (image_id, width, height,"
                     + " storage_key, url, size_bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, imageId);
            s.setInt(2, width);
            s.setInt(3, height);
            s.setString(4, base + "-" + width + "w.jpg");
            s.setString(5, "/media/public/" + base + "-" + width + "w.jpg");
            s.setInt(6, bytes.length);
            s.execute();
        }
    }

    /** "width height jpeg-key-end webp-url-end" per rendition, narrowest first. */
    private static List<String> renditions(long imageId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT width, height, storage_key, webp_url FROM image_renditions"
                     + " WHERE image_id = ? ORDER BY width")) {
            s.setLong(1, imageId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString("storage_key");
                    String webp = r.getString("webp_url");
                    assertFalse(webp == null, "no WebP for " + key);
                    assertTrue(webp.startsWith("/media/public/"), webp);
                    rows.add(r.getInt("width") + " " + r.getInt("height") + " " + key.substring(key.lastIndexOf('-') + 1)
                            + " " + webp.substring(webp.lastIndexOf('-') + 1));
                }
            }
        }
        return rows;
    }

    private static int webpBytes(String webpKey) throws SQLException {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT webp_size_bytes FROM image_renditions"
                     + " WHERE webp_storage_key = ?")) {
            s.setString(1, webpKey);
            return (int) single(s);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            return r.getLong(1);
        }
    }
}
