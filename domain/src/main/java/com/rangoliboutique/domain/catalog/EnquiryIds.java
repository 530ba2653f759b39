package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;
import com.rangoliboutique.domain.product.DressId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dress IDs of a buyer's enquiry list, as its page's address carries them ({@code /list?ids=D-1042,D-1043}): in
 * the buyer's order, each once, at most {@value #MAX} (the page script saves no more).
 */
public record EnquiryIds(List<DressId> ids) {

    public static final int MAX = 30;
    public static final EnquiryIds NONE = new EnquiryIds(List.of());

    public EnquiryIds {
        ids = List.copyOf(new LinkedHashSet<>(ids));
        if (ids.size() > MAX) {
            throw tooMany(ids.size());
        }
    }

    /**
     * From {@code D-1042,D-1043} (spaces and empty items ignored; {@code d1042} and {@code 1042} read like the owner's
     * forms); null or blank is the empty list. Refused, in the buyer's words, when an item is no dress ID or there are
     * more than {@value #MAX} of them. The caller bounds the text's length (the list's address: 1 KB at most).
     */
    public static EnquiryIds parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return NONE;
        }
        Set<DressId> ids = new LinkedHashSet<>();
        for (String item : commaSeparated.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            try {
                ids.add(DressId.parse(item.strip()));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(Texts.quote(item) + " is not a dress ID — the list's link names pieces"
                        + " like D-1042. Open your list from the catalog's \"My list\" link.");
            }
        }
        return new EnquiryIds(new ArrayList<>(ids));
    }

    private static InvalidValueException tooMany(int count) {
        return new InvalidValueException("A list can hold " + MAX + " pieces at most; this link names " + count
                + ". Remove some pieces from your list and open it again.");
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** {@code D-1042,D-1043}: the form {@link #parse} reads. */
    public String asParameter() {
        return String.join(",", ids.stream().map(DressId::value).toList());
    }
}
