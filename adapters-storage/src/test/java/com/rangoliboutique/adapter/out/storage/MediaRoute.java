package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A real HTTP server answering {@code GET /media/{path}?expires=…&signature=…} through
 * {@link ImageStore#openLink}, as the web app's media controller does, so the local-disk store's URLs can be fetched.
 */
final class MediaRoute implements AutoCloseable {

    private final HttpServer server;
    private volatile ImageStore store;

    MediaRoute() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/media/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/media/".length());
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Optional<ImageStore.StoredObject> object = store.openLink(path, query.get("expires"), query.get("signature"));
            byte[] body = object.map(ImageStore.StoredObject::bytes).orElse("Not found".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseHeaders().set("Content-Type", object.map(ImageStore.StoredObject::contentType).orElse("text/plain"));
            exchange.sendResponseHeaders(object.isPresent() ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The store whose links this route opens. */
    void serve(ImageStore store) {
        this.store = store;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
