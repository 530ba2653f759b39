package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.Rendition;

import java.util.Optional;

/**
 * Stores the WebP twin of a JPEG rendition on the public side, for {@link Publication} and {@link BackfillImagesService}.
 * An encoder that cannot encode (or throws) leaves the copy JPEG only; a storage failure is not forgiven.
 */
final class WebpTwins {

    private static final System.Logger LOG = System.getLogger(WebpTwins.class.getName());

    private final ImageStore store;
    private final WebpEncoder encoder;

    WebpTwins(ImageStore store, WebpEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /** @return the rendition with its WebP twin, or as it was when none could be made */
    Rendition add(Rendition rendition, byte[] jpeg) {
        Optional<byte[]> webp;
        try {
            webp = encoder.encode(jpeg);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "No WebP copy of " + rendition.storageKey() + ": the JPEG is kept", e);
            return rendition;
        }
        if (webp.isEmpty()) {
            return rendition;
        }
        String key = ImageKeys.webpOf(rendition.storageKey());
        String url = store.putPublic(key, webp.get(), "image/webp");
        return rendition.withWebp(new Rendition.WebpCopy(key, url, webp.get().length));
    }
}
