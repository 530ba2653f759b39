package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

@Singleton
class ImagesJdbcAdapter implements Images {

    private final ImageRowRepository images;

    ImagesJdbcAdapter(ImageRowRepository images) {
        this.images = images;
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
    public List<Image> pendingAiCreatedBefore(java.time.Instant createdBefore) {
        return images.pendingAiCreatedBefore(createdBefore).stream().map(ImagesJdbcAdapter::toImage).toList();
    }

    private static ImageRow toRow(Image i) {
        return new ImageRow(i.id(), i.productId(), i.type().name(), i.version(), i.storageKey(), i.url(),
                i.status().name(), i.createdAt());
    }

    private static Image toImage(ImageRow r) {
        return Image.restore(r.id(), r.productId(), ImageType.valueOf(r.type()), r.version(), r.storageKey(), r.url(),
                ImageStatus.valueOf(r.status()), r.createdAt());
    }
}
