package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.PhotoView;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Photo;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.PhotoSize;
import com.rangoliboutique.domain.image.AiStyle;

import java.util.stream.Collectors;

/**
 * A product photo as the pages show it: responsive copies for the {@code <img>} (and their WebP twins for a
 * {@code <picture>}), an absolute URL for previews.
 */
final class PhotoViews {

    private final String shopUrl;

    PhotoViews(String shopUrl) {
        this.shopUrl = shopUrl;
    }

    /**
     * @param preferredWidth the copy used as {@code src} for browsers without srcset: the narrowest at least this
     *                       wide, else the widest
     */
    PhotoView photo(Photo photo, String title, String sizes, int preferredWidth, boolean eager) {
        String alt = photo.aiGenerated()
                ? title + " — AI-generated photo of a model wearing this piece" + look(photo.style())
                : title + " — photo of the piece from the shop";
        if (photo.sizes().isEmpty()) {
            return new PhotoView(photo.url(), null, null, null, null, alt, eager);
        }
        PhotoSize src = photo.sizes().stream().filter(s -> s.width() >= preferredWidth).findFirst()
                .orElse(photo.largest().orElseThrow());
        String srcset = photo.sizes().stream().map(s -> s.url() + " " + s.width() + "w")
                .collect(Collectors.joining(", "));
        String webpSrcset = photo.sizes().stream().filter(s -> s.webpUrl() != null)
                .map(s -> s.webpUrl() + " " + s.width() + "w").collect(Collectors.joining(", "));
        return new PhotoView(src.url(), srcset, sizes, src.width(), src.height(), alt, eager,
                webpSrcset.isEmpty() ? null : webpSrcset);
    }

    /** The look of a gallery photo, for its alt text (the studio photo needs no words). */
    private static String look(AiStyle style) {
        if (style == null) {
            return "";
        }
        return switch (style) {
            case STUDIO -> "";
            case THREE_QUARTER -> ", three-quarter pose";
            case BACK_VIEW -> ", seen from the back";
            case FABRIC_CLOSEUP -> ", close-up of the fabric";
        };
    }

    /**
     * An absolute URL of a copy under 300 KB (the largest made), for link previews and search engines: always the JPEG,
     * which every preview reads (WhatsApp's does not take WebP everywhere).
     */
    String ogImage(Photo photo) {
        String url = photo.largest().map(PhotoSize::url).orElse(photo.url());
        return url.startsWith("/") ? shopUrl + url : url;
    }
}
