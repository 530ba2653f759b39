package com.rangoliboutique.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response body ready to send many times: the bytes, the same bytes gzipped (once, the first time a client takes
 * gzip), and an ETag of the content.
 */
public final class CachedPage {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final String etag;
    private final String location;
    private volatile byte[] gzipped;

    private CachedPage(int status, String contentType, byte[] body, String location) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.etag = etag(body);
        this.location = location;
    }

    public static CachedPage of(int status, String contentType, byte[] body) {
        return new CachedPage(status, contentType, body, null);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    /** For redirects, the target; otherwise null. */
    public String location() {
        return location;
    }

    /** {@code "…"}: 16 hex digits of two checksums of the bytes (a page's versions differ in both). */
    public String etag() {
        return etag;
    }

    public byte[] gzipped() {
        byte[] zipped = gzipped;
        if (zipped == null) {
            zipped = gzip(body); // two requests may both compress once: the same bytes either way
            gzipped = zipped;
        }
        return zipped;
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
        CRC32C crc = new CRC32C();
        crc.update(body);
        Adler32 adler = new Adler32();
        adler.update(body);
        return "\"" + String.format("%08x%08x", crc.getValue(), adler.getValue()) + "\"";
    }
}
