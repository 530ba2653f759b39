package com.rangoliboutique.adapter.in.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Card;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The HTML of each catalog card, rendered once and put into every page that shows it: a card is the same on every
 * page but for two things (its photo loads at once near the top, its "New" badge), so each card keeps up to four
 * versions. The catalog hands out the same {@link Card} object for as long as the product is unchanged; cards are
 * kept by that object (compared by identity) and go when the catalog drops it. A new exchange rate renders again.
 */
final class CardFragments {

    private final Cache<Card, Rendered> rendered;

    /** The versions of one card at one exchange rate: [eager + new, eager, lazy + new, lazy]. */
    private static final class Rendered {
        final BigDecimal rate;
        final String[] versions = new String[4];

        Rendered(BigDecimal rate) {
            this.rate = rate;
        }
    }

    CardFragments(int maximumCards) {
        this.rendered = Caffeine.newBuilder().weakKeys().maximumSize(maximumCards).build();
    }

    String html(Card card, boolean eager, boolean isNew, BigDecimal rate, Supplier<String> render) {
        Rendered versions = rendered.get(card, c -> new Rendered(rate));
        if (versions.rate.compareTo(rate) != 0) {
            versions = new Rendered(rate);
            rendered.put(card, versions);
        }
        int which = (eager ? 0 : 2) + (isNew ? 0 : 1);
        String html = versions.versions[which];
        if (html == null) {
            html = render.get(); // two pages may render it at once: the same HTML either way
            versions.versions[which] = html;
        }
        return html;
    }
}
