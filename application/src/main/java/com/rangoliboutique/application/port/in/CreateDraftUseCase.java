package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;

import java.util.List;
import java.util.Objects;

/** Flow A: the owner's photo(s) and caption become a draft, and its AI photo is queued. */
public interface CreateDraftUseCase {

    DraftCreated create(CreateDraftCommand command);

    /**
     * @param photosJpeg the garment photos, already validated and re-encoded as JPEG without metadata; the first is
     *                   the main one
     * @param aiPhoto    whether an AI photo is to be made (false for drafts published with their own photos at once,
     *                   such as the demo catalog's samples: no AI job is queued only to be skipped)
     */
    record CreateDraftCommand(long adminId, long chatId, ProductDetails details, List<byte[]> photosJpeg,
                              boolean aiPhoto) {

        public CreateDraftCommand {
            Objects.requireNonNull(details, "details");
            photosJpeg = List.copyOf(photosJpeg);
            if (photosJpeg.isEmpty()) {
                throw new IllegalArgumentException("a draft needs at least one photo");
            }
        }

        /** A draft from the owner's photos, with its AI photo queued. */
        public CreateDraftCommand(long adminId, long chatId, ProductDetails details, List<byte[]> photosJpeg) {
            this(adminId, chatId, details, photosJpeg, true);
        }
    }

    /**
     * @param queued false when the queue was unreachable (the draft is kept and the worker's sweep recovers the job),
     *               or when no AI photo was asked for
     */
    record DraftCreated(Product product, boolean queued) {
    }
}
