package com.rangoliboutique.adapter.out.storage;

import com.sun.net.httpserver.HttpServer;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/**
 * What Cloudflare R2's public bucket access (r2.dev or a custom domain) does: serves every object of one bucket to
 * anyone, {@code GET /{key}}, whatever its prefix. Stands in for such a provider in front of S3Proxy.
 */
final class PublicBucketGateway implements AutoCloseable {

    private final HttpServer server;

    PublicBucketGateway(MinioClient client, String bucket) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestURI().getPath().substring(1);
            byte[] body;
            int status;
            try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
                body = in.readAllBytes();
                status = 200;
            } catch (Exception e) {
                body = new byte[0];
                status = 404;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
