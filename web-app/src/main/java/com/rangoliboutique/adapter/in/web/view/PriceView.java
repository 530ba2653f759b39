package com.rangoliboutique.adapter.in.web.view;

/**
 * A price as buyers read it ({@code price.jte}): what they pay, in rupees and approximately in dollars, and while the
 * piece is on sale its regular price, struck through before it ("Was ₹12,500, now ₹9,999" to a screen reader).
 *
 * @param wasInr the regular price while on sale, else null
 * @param inr    what the buyer pays, e.g. {@code ₹9,999}
 * @param usd    the same in dollars, e.g. {@code ~$120}
 */
public record PriceView(String wasInr, String inr, String usd) {

    public boolean onSale() {
        return wasInr != null;
    }
}
