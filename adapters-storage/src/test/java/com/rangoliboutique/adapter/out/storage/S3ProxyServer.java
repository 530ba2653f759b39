package com.rangoliboutique.adapter.out.storage;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import java.net.URI;

/**
 * A real S3-protocol server in this JVM: S3Proxy on an in-memory blob store, checking AWS V4 signatures. Shared through
 * this module's test-jar (the user also needs {@code org.gaul:s3proxy} in test scope).
 */
public final class S3ProxyServer {

    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret-key-for-s3proxy";

    private static S3Proxy proxy;

    private S3ProxyServer() {
    }

    /** The endpoint ({@code http://127.0.0.1:port}); the server starts on first use and lives as long as the JVM. */
    public static synchronized String endpoint() {
        if (proxy == null) {
            try {
                S3Proxy started = S3Proxy.builder()
                        .blobStore(new TransientNio2BlobStore())
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                        .build();
                started.start();
                while (!"STARTED".equals(started.getState())) {
                    Thread.sleep(10);
                }
                proxy = started;
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
        return "http://127.0.0.1:" + proxy.getPort();
    }
}
