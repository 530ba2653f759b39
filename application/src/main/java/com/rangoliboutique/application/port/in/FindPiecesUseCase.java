package com.rangoliboutique.application.port.in;

/**
 * The owner looks a piece up by words of its title, tags or description, in every status (drafts and hidden pieces
 * too, unlike the buyers' search); newest first.
 */
public interface FindPiecesUseCase {

    /**
     * @param words    what the owner typed, e.g. {@code red silk} (every word must match; English stemming, so
     *                 {@code sarees} finds {@code saree}); blank finds nothing
     * @param page     1 for the first; below 1 is the first, past the end the last
     * @param pageSize pieces a page, at least 1
     */
    PiecePage find(String words, int page, int pageSize);
}
