package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.domain.product.ProductAction;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The callback data of the buttons of piece lists and piece cards, at most Telegram's 64 bytes:
 * {@code pc:17} (open the card of product 17), {@code pl:sold:2} (page 2 of {@code /list sold}),
 * {@code pf:2:red silk} (page 2 of {@code /find red silk}), {@code ps:sold:17} (mark product 17 sold out;
 * {@code hide}, {@code show}), {@code pv:17} (how to give product 17 a sale price), {@code sc:17} (send
 * product 17's share cards). A draft's card reuses the preview card's data ({@code approve:17} …).
 */
sealed interface PiecePress {

    /** Telegram's limit for callback data, in UTF-8 bytes. */
    int MAX_DATA_BYTES = 64;
    /** The longest search whose page buttons still fit the limit (with a page number of up to 10 digits). */
    int MAX_FIND_BYTES = MAX_DATA_BYTES - "pf::".length() - 10;

    String data();

    record OpenCard(long productId) implements PiecePress {
        public String data() {
            return "pc:" + productId;
        }
    }

    record ListPage(PieceFilter filter, int page) implements PiecePress {
        public String data() {
            return "pl:" + filter.key() + ":" + page;
        }
    }

    record FindPage(int page, String words) implements PiecePress {
        public FindPage {
            if (words.getBytes(StandardCharsets.UTF_8).length > MAX_FIND_BYTES) {
                throw new IllegalArgumentException("a search of more than " + MAX_FIND_BYTES + " bytes");
            }
        }

        public String data() {
            return "pf:" + page + ":" + words;
        }
    }

    /** The Sale price button of a piece card: the bot asks for the price as a reply. */
    record SalePrompt(long productId) implements PiecePress {
        public String data() {
            return "pv:" + productId;
        }
    }

    /** The Share card button: the worker sends the piece's share cards to the chat. */
    record ShareCards(long productId) implements PiecePress {
        public String data() {
            return "sc:" + productId;
        }
    }

    /** One of the status buttons of a piece card. */
    record CardAction(ProductAction action, long productId) implements PiecePress {
        public CardAction {
            if (!VERBS.containsValue(action)) {
                throw new IllegalArgumentException(action + " has no button on a piece card");
            }
        }

        public String data() {
            String verb = VERBS.entrySet().stream().filter(e -> e.getValue() == action).findFirst().orElseThrow().getKey();
            return "ps:" + verb + ":" + productId;
        }
    }

    Map<String, ProductAction> VERBS = Map.of("sold", ProductAction.MARK_SOLD_OUT, "hide", ProductAction.HIDE,
            "show", ProductAction.UNHIDE);

    /** Whether {@code data} is one of these buttons' (rather than a preview card's). */
    static boolean isPieceData(String data) {
        return data != null && data.length() > 3 && data.charAt(2) == ':'
                && (data.startsWith("pc") || data.startsWith("pl") || data.startsWith("pf") || data.startsWith("ps")
                || data.startsWith("pv") || data.startsWith("sc"));
    }

    static Optional<PiecePress> parse(String data) {
        if (!isPieceData(data)) {
            return Optional.empty();
        }
        String rest = data.substring(3);
        try {
            switch (data.substring(0, 2)) {
                case "pc" -> {
                    return Optional.of(new OpenCard(Long.parseLong(rest)));
                }
                case "pv" -> {
                    return Optional.of(new SalePrompt(Long.parseLong(rest)));
                }
                case "sc" -> {
                    return Optional.of(new ShareCards(Long.parseLong(rest)));
                }
                case "pl" -> {
                    int colon = rest.indexOf(':');
                    return PieceFilter.byKey(rest.substring(0, Math.max(colon, 0)))
                            .map(filter -> new ListPage(filter, Integer.parseInt(rest.substring(colon + 1))));
                }
                case "pf" -> {
                    int colon = rest.indexOf(':');
                    return colon < 0 ? Optional.empty()
                            : Optional.of(new FindPage(Integer.parseInt(rest.substring(0, colon)), rest.substring(colon + 1)));
                }
                default -> {
                    int colon = rest.indexOf(':');
                    ProductAction action = colon < 0 ? null : VERBS.get(rest.substring(0, colon));
                    return action == null ? Optional.empty()
                            : Optional.of(new CardAction(action, Long.parseLong(rest.substring(colon + 1))));
                }
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            return Optional.empty();
        }
    }
}
