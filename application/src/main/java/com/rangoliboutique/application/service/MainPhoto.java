package com.rangoliboutique.application.service;

import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The one photo that stands for a piece: the AI photo the owner approved (the newest), else the first original. */
final class MainPhoto {

    private MainPhoto() {
    }

    static Optional<Image> of(List<Image> all) {
        return all.stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.isPublic() && i.status() == ImageStatus.READY)
                .max(Comparator.comparingInt(Image::version))
                .or(() -> all.stream().filter(i -> i.type() == ImageType.ORIGINAL)
                        .min(Comparator.comparingInt(Image::version).thenComparing(Image::id)));
    }
}
