package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.domain.image.AiStyle;

/** The owner's names of the AI looks, on the Style buttons and the preview card. */
public final class StyleLabels {

    private StyleLabels() {
    }

    public static String label(AiStyle style) {
        return switch (style == null ? AiStyle.STUDIO : style) {
            case STUDIO -> "Studio";
            case THREE_QUARTER -> "Three-quarter pose";
            case BACK_VIEW -> "Back view";
            case FABRIC_CLOSEUP -> "Fabric close-up";
        };
    }

    /** The button of a look in the Style picker. */
    static String button(AiStyle style) {
        return switch (style) {
            case STUDIO -> "🧍 Studio";
            case THREE_QUARTER -> "↗️ Three-quarter pose";
            case BACK_VIEW -> "🔙 Back view";
            case FABRIC_CLOSEUP -> "🔍 Fabric close-up (drape, border)";
        };
    }
}
