package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

@Singleton
class ImagesJdbcAdapter implements Images {

    private final ImageRowRepository images;
    private final ImageRenditionRowRepository renditions;

    ImagesJdbcAdapter(ImageRowRepository images, ImageRenditionRowRepository renditions) {
        this.images = images;
        this.renditions = renditions;
    }

    @Override
    public Image add(Image image) {
        return toImage(images.save(toRow(image)));
    }

    @Override
    public void update(Image image) {
        if (image.id() == null) {
            throw new IllegalArgumentException("image " + image.storageKey() + " was never stored: add it first");
        }
        images.update(toRow(image));
    }

    @Override
    public Optional<Image> byId(long id) {
        return images.findById(id).map(ImagesJdbcAdapter::toImage);
    }

    @Override
    public List<Image> ofProduct(long productId) {
        return images.ofProduct(productId).stream()
                .map(ImagesJdbcAdapter::toImage)
                .toList();
    }

    @Override
    public List<Image> published() {
        return images.published().stream().map(ImagesJdbcAdapter::toImage).toList();
    }

    @Override
    public List<Image> pendingAiCreatedBefore(java.time.Instant createdBefore) {
        return images.pendingAiCreatedBefore(createdBefore).stream().map(ImagesJdbcAdapter::toImage).toList();
    }

    @Override
    public void addRenditions(long imageId, List<Rendition> added) {
        for (Rendition r : added) {
            Rendition.WebpCopy webp = r.webp();
            renditions.upsert(imageId, r.width(), r.height(), r.storageKey(), r.url(), r.sizeBytes(),
                    webp == null ? null : webp.storageKey(), webp == null ? null : webp.url(),
                    webp == null ? null : webp.sizeBytes());
        }
    }

    @Override
    public List<Rendition> renditionsOf(long imageId) {
        return renditions.ofImage(imageId).stream()
                .map(r -> new Rendition(r.width(), r.height(), r.storageKey(), r.url(), r.sizeBytes(),
                        r.webpStorageKey() == null ? null
                                : new Rendition.WebpCopy(r.webpStorageKey(), r.webpUrl(), r.webpSizeBytes())))
                .toList();
    }

    private static ImageRow toRow(Image i) {
        ColourCheck c = i.colourCheck();
        return new ImageRow(i.id(), i.productId(), i.type().name(), i.version(), i.storageKey(), i.url(),
                i.status().name(), i.isPublic(), i.createdAt(),
                c == null ? null : BigDecimal.valueOf(c.deltaE()).setScale(1, RoundingMode.HALF_UP),
                c == null ? null : c.originalColour(), c == null ? null : c.aiColour(), c == null ? null : c.differs(),
                i.style() == null ? null : i.style().name(), i.galleryPosition());
    }

    private static Image toImage(ImageRow r) {
        ColourCheck colours = r.colourDeltaE() == null ? null : new ColourCheck(r.colourDeltaE().doubleValue(),
                r.colourOriginal(), r.colourAi(), Boolean.TRUE.equals(r.colourDiffers()));
        return Image.restore(r.id(), r.productId(), ImageType.valueOf(r.type()), r.version(), r.storageKey(), r.url(),
                ImageStatus.valueOf(r.status()), r.isPublic(), r.createdAt(), colours,
                r.style() == null ? null : AiStyle.ofName(r.style()), r.galleryPosition());
    }
}
