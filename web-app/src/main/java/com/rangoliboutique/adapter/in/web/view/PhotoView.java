package com.rangoliboutique.adapter.in.web.view;

/**
 * One {@code <img>}: a fallback {@code src}, the {@code srcset} of resized copies (null when there are none),
 * the intrinsic size (null when unknown) so the page does not jump while it loads, and the alt text. With
 * {@code webpSrcset} (the WebP twins of the copies; null when there are none) the page wraps it in a
 * {@code <picture>} whose WebP {@code <source>} browsers that take WebP use instead.
 *
 * @param eager the image is above the fold: loaded at once, with high priority for the first one
 */
public record PhotoView(String src, String srcset, String sizes, Integer width, Integer height, String alt,
                        boolean eager, String webpSrcset) {

    /** A photo without WebP copies. */
    public PhotoView(String src, String srcset, String sizes, Integer width, Integer height, String alt,
                     boolean eager) {
        this(src, srcset, sizes, width, height, alt, eager, null);
    }

    public boolean hasWebp() {
        return webpSrcset != null;
    }

    public String loading() {
        return eager ? "eager" : "lazy";
    }

    public String fetchPriority() {
        return eager ? "high" : "auto";
    }
}
