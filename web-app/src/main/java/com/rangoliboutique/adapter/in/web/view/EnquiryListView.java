package com.rangoliboutique.adapter.in.web.view;

import java.util.List;

/**
 * A buyer's enquiry list {@code GET /list?ids=D-1042,D-1043}: the saved pieces as catalog cards, those no longer in
 * the catalog marked, and one WhatsApp button asking about the rest.
 *
 * @param ids           the list's ids as the page's address has them ({@code D-1042,D-1043}), for the page script
 * @param countLine     "3 pieces saved", "Your list is empty"
 * @param entries       the pieces in the buyer's order
 * @param whatsappLink  the wa.me link with the one message, or null when no piece is left to ask about
 * @param whatsappLabel "Ask about these 3 pieces on WhatsApp"
 * @param notes         what the message does with sold-out and vanished pieces, when the list has any
 */
public record EnquiryListView(PageMeta meta, String ids, String countLine, List<Entry> entries, String whatsappLink,
                              String whatsappLabel, List<String> notes, String catalogUrl) {

    /** A piece: its card (rendered and escaped by {@code card.jte}), or null when it is no longer in the catalog. */
    public record Entry(String dressId, String cardHtml) {
    }
}
