package com.rangoliboutique.application.service;

import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a piece's photos is its main one: the AI photo the owner approved (gallery position 0; for pieces published
 * before the gallery, the newest public one), else the first original.
 */
final class MainPhoto {

    private MainPhoto() {
    }

    static Optional<Image> of(List<Image> images) {
        return images.stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.isPublic() && i.status() == ImageStatus.READY)
                .min(Comparator.comparing(Image::galleryPosition, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Comparator.comparingInt(Image::version).reversed()))
                .or(() -> images.stream().filter(i -> i.type() == ImageType.ORIGINAL)
                        .min(Comparator.comparingInt(Image::version).thenComparing(Image::id)));
    }
}
