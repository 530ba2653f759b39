package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BackfillImagesUseCase;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.Rendition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Goes through {@link Images#published()} one image at a time. An image whose copies all have their WebP twin is
 * complete and left alone. Otherwise its stored original is resized again at {@link Publication#RENDITION_WIDTHS}: a
 * width without a JPEG copy gets one, a copy without a WebP twin gets it (encoded from the fresh JPEG of the same
 * size); the new rows of that image are written in one transaction, so a stopped run resumes where it was.
 */
public final class BackfillImagesService implements BackfillImagesUseCase {

    private final Images images;
    private final ImageStore store;
    private final ImageResizer resizer;
    private final WebpEncoder encoder;
    private final WebpTwins webp;
    private final Transactions transactions;

    public BackfillImagesService(Images images, ImageStore store, ImageResizer resizer, WebpEncoder encoder,
                                 Transactions transactions) {
        this.images = images;
        this.store = store;
        this.resizer = resizer;
        this.encoder = encoder;
        this.webp = new WebpTwins(store, encoder);
        this.transactions = transactions;
    }

    @Override
    public Summary backfill(Consumer<String> progress) {
        if (!encoder.available()) {
            throw new WebpUnavailableException("This process cannot encode WebP (" + encoder.description()
                    + "): no image was changed.");
        }
        List<Image> published = images.published();
        int renditionsMade = 0;
        int webpMade = 0;
        int complete = 0;
        List<String> failed = new ArrayList<>();
        for (Image image : published) {
            String name = "image " + image.id() + " (" + image.storageKey() + ")";
            try {
                Made made = complete(image);
                if (made.nothing()) {
                    complete++;
                } else {
                    renditionsMade += made.renditions();
                    webpMade += made.webp();
                    progress.accept(name + ": " + made.renditions() + " renditions, " + made.webp()
                            + " WebP copies made");
                }
            } catch (RuntimeException e) {
                String reason = e instanceof NoSuchElementException ? "its original is not in storage"
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                failed.add(name + ": " + reason);
                progress.accept(name + ": FAILED, " + reason);
            }
        }
        return new Summary(published.size(), renditionsMade, webpMade, complete, failed);
    }

    /** What one image needed: JPEG copies and WebP copies made. */
    private record Made(int renditions, int webp) {

        boolean nothing() {
            return renditions == 0 && webp == 0;
        }
    }

    private Made complete(Image image) {
        Map<Integer, Rendition> existing = images.renditionsOf(image.id()).stream()
                .collect(Collectors.toMap(Rendition::width, Function.identity(), (a, b) -> a, TreeMap::new));
        if (!existing.isEmpty() && existing.values().stream().allMatch(Rendition::hasWebp)) {
            return new Made(0, 0);
        }
        byte[] original = store.get(image.storageKey());
        int renditionsMade = 0;
        int webpMade = 0;
        List<Rendition> changed = new ArrayList<>();
        for (ImageResizer.Resized copy : resizer.resize(original, Publication.RENDITION_WIDTHS)) {
            Rendition rendition = existing.get(copy.width());
            boolean isNew = rendition == null;
            if (isNew) {
                String key = ImageKeys.rendition(image.storageKey(), copy.width());
                String url = store.putPublic(key, copy.jpeg(), "image/jpeg");
                rendition = new Rendition(copy.width(), copy.height(), key, url, copy.jpeg().length);
                renditionsMade++;
            }
            if (!rendition.hasWebp()) {
                rendition = webp.add(rendition, copy.jpeg());
                if (rendition.hasWebp()) {
                    webpMade++;
                }
            }
            if (isNew || rendition.hasWebp() && !existing.get(copy.width()).hasWebp()) {
                changed.add(rendition);
            }
        }
        if (!changed.isEmpty()) {
            transactions.inTransaction(() -> {
                images.addRenditions(image.id(), changed);
                return null;
            });
        }
        return new Made(renditionsMade, webpMade);
    }
}
