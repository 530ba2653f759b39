package com.rangoliboutique.application.port.in;

/**
 * The owner's "Add to gallery" on a READY AI version of a draft: toggles whether Approve publishes it (the first
 * version added is the main photo, the others follow in the order they were added). Only for drafts (the status table's PUBLISH row: the gallery is part of approving); refused with a
 * {@link com.rangoliboutique.domain.DomainException} meant for the owner.
 */
public interface ChooseGalleryUseCase {

    /** @return the version's place now: in the gallery or not */
    GalleryChoice toggle(long adminId, long productId, int aiVersion);

    /** @param galleryVersions the draft's versions now in the gallery, in the order they were added */
    record GalleryChoice(int aiVersion, boolean inGallery, java.util.List<Integer> galleryVersions) {

        public GalleryChoice {
            galleryVersions = java.util.List.copyOf(galleryVersions);
        }
    }
}
