package com.rangoliboutique.adapter.out.webp;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import com.luciad.imageio.webp.WebPWriter;
import com.rangoliboutique.application.port.out.WebpEncoder;
import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Lossy WebP with libwebp through webp-imageio (its native library inside the jar, loaded once). The writer is
 * created directly — not looked up in ImageIO's registry, where TwelveMonkeys also registers WebP plugins.
 * <p>
 * The native library is tried once, at start ({@code @Context}), on an 8×8 picture: where it cannot load (a platform
 * the jar has no library for, a missing glibc), the adapter says so once in the log and is not {@link #available()} —
 * every copy stays JPEG only and publishing goes on.
 * <p>
 * The library also registers a WebP <em>reader</em> with ImageIO, which would then compete with TwelveMonkeys' for the
 * owner's WebP photos (the first one found reads them). It is taken out of ImageIO's registry as this class loads, so
 * the web app reads WebP as the worker and the tests do, with TwelveMonkeys only, in Java.
 */
@Context
public class WebpEncoderLibwebpAdapter implements WebpEncoder {

    /**
     * libwebp quality (0–1). At 0.78 a product photo's WebP is about a third smaller than the JPEG at 0.82 with no
     * visible difference at phone sizes.
     */
    static final float QUALITY = 0.78f;

    /** libwebp's effort, 0 (fast) to 6 (smallest): 4 is cwebp's default. */
    static final int METHOD = 4;

    private static final Logger LOG = LoggerFactory.getLogger(WebpEncoderLibwebpAdapter.class);

    static {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        ImageReaderSpi reader = registry.getServiceProviderByClass(WebPImageReaderSpi.class);
        if (reader != null) {
            registry.deregisterServiceProvider(reader, ImageReaderSpi.class);
        }
    }

    /** Why the encoder cannot work here, or null when it can. */
    private final String unavailable;

    public WebpEncoderLibwebpAdapter() {
        this.unavailable = probe();
        if (unavailable == null) {
            LOG.info("WebP copies: libwebp, quality {}", QUALITY);
        } else {
            LOG.warn("WebP copies are off, published photos get JPEG copies only: the native WebP encoder did not"
                    + " load on {} {} ({})", System.getProperty("os.name"), System.getProperty("os.arch"), unavailable);
        }
    }

    @Override
    public boolean available() {
        return unavailable == null;
    }

    @Override
    public String description() {
        return unavailable == null ? "libwebp, quality " + QUALITY
                : "the native libwebp did not load on " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ": " + unavailable;
    }

    @Override
    public Optional<byte[]> encode(byte[] jpeg) {
        if (unavailable != null) {
            return Optional.empty();
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JPEG that can be read (" + jpeg.length + " bytes)", e);
        }
        if (image == null) {
            throw new IllegalArgumentException("not a picture ImageIO can read (" + jpeg.length + " bytes)");
        }
        return Optional.of(webp(image));
    }

    static byte[] webp(BufferedImage image) {
        WebPWriter writer = new WebPWriter(new WebPImageWriterSpi());
        WebPWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(WebPWriteParam.MODE_EXPLICIT);
        param.setCompressionType(CompressionType.Lossy);
        param.setCompressionQuality(QUALITY);
        param.setMethod(METHOD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("WebP encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** libwebp takes packed RGB; a JPEG decodes to 3-byte BGR or grey, drawn into RGB here. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static String probe() {
        try {
            byte[] webp = webp(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
            return webp.length > 12 && new String(webp, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("WEBP") ? null : "it wrote no WebP";
        } catch (LinkageError | RuntimeException e) {
            return e.toString();
        }
    }
}
