package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.Variant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Products for the buyers' pages, stored through the real persistence port; images as published rows. */
final class ShopFixture {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Products products;

    ShopFixture(Products products) {
        this.products = products;
    }

    Product product(String title, long rupees, List<String> categories, List<String> tags, List<Variant> variants,
                    Consumer<Product> status) {
        Product p = products.add(Product.draft(products.nextDressId(), new ProductDetails(title,
                "Handwoven in Varanasi.", categories, tags, Price.ofRupees(rupees), variants), 1L));
        status.accept(p);
        products.update(p);
        return products.byId(p.id()).orElseThrow();
    }

    Product published(String title, long rupees, String category, Variant... variants) {
        return product(title, rupees, List.of(category), List.of("wedding"), List.of(variants), Product::publish);
    }

    static void nextDressNumber(int number) throws SQLException {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT setval('dress_id_seq', ?, false)")) {
            s.setLong(1, number);
            s.execute();
        }
    }

    /** A public image of the product with resized copies (widths given), as publishing leaves it. */
    static long publicImage(Product product, String type, int version, int... widths) throws SQLException {
        String folder = type.equals("ORIGINAL") ? "originals" : "ai";
        String key = folder + "/" + product.dressId() + "/v" + version;
        try (Connection c = TestInfrastructure.connect()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO images (product_id, type, version, storage_key,"
                    + " url, status, is_public) VALUES (?, ?, ?, ?, ?, 'READY', TRUE) RETURNING id")) {
                s.setLong(1, product.id());
                s.setString(2, type);
                s.setInt(3, version);
                s.setString(4, key + ".jpg");
                s.setString(5, "/media/public/" + key + ".jpg");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            for (int width : widths) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO image_renditions (image_id, width, height,"
                        + " storage_key, url, size_bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setInt(2, width);
                    s.setInt(3, width * 4 / 3);
                    s.setString(4, key + "-" + width + "w.jpg");
                    s.setString(5, "/media/public/" + key + "-" + width + "w.jpg");
                    s.setInt(6, width * 100);
                    s.execute();
                }
            }
            return id;
        }
    }

    static HttpResponse<String> get(URI base, String path, String... headers) {
        return send(base, path, HttpResponse.BodyHandlers.ofString(), headers);
    }

    static HttpResponse<byte[]> getBytes(URI base, String path, String... headers) {
        return send(base, path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private static <T> HttpResponse<T> send(URI base, String path, HttpResponse.BodyHandler<T> body,
                                            String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return HTTP.send(request.build(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
