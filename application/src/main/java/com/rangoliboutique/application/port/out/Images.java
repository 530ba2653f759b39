package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.Rendition;

import java.util.List;
import java.util.Optional;

/** Image records (the bytes live in {@link ImageStore}). */
public interface Images {

    Image add(Image image);

    void update(Image image);

    Optional<Image> byId(long id);

    /** All images of a product: originals first, then AI versions, oldest first. */
    List<Image> ofProduct(long productId);

    /** AI images of drafts still PENDING that were created before {@code createdBefore}, oldest first. */
    List<Image> pendingAiCreatedBefore(java.time.Instant createdBefore);

    /** Every image published with its product (public, with a URL), by id: what {@code backfill-images} goes through. */
    List<Image> published();

    /** Records resized public copies of a stored image; a width already recorded for it is replaced
     * (with its WebP twin, or without one when the new copy has none). */
    void addRenditions(long imageId, List<Rendition> renditions);

    /** The resized copies of an image, narrowest first; empty when it has none (the catalog then uses its url). */
    List<Rendition> renditionsOf(long imageId);
}
