package com.rangoliboutique.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A response body ready to send many times: the bytes, the same bytes gzipped once, and an ETag of the content.
 *
 * @param location for redirects, the target; otherwise null
 */
public record CachedPage(int status, String contentType, byte[] body, byte[] gzipped, String etag, String location,
                         long createdNanos) {

    public static CachedPage of(int status, String contentType, byte[] body) {
        return new CachedPage(status, contentType, body, gzip(body), etag(body), null, System.nanoTime());
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
