package com.rangoliboutique.domain.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * The look of an AI photo (spec future enhancement 9): each is a versioned prompt resource that keeps the spec's
 * fidelity and safety lines. {@link #STUDIO} is the spec's own prompt and the default.
 */
public enum AiStyle {
    STUDIO("studio", 1),
    THREE_QUARTER("three-quarter", 1),
    BACK_VIEW("back-view", 1),
    FABRIC_CLOSEUP("fabric-closeup", 1);

    private final String promptName;
    private final int promptVersion;

    AiStyle(String promptName, int promptVersion) {
        this.promptName = promptName;
        this.promptVersion = promptVersion;
    }

    /** The look's short name, e.g. {@code back-view}: the generation log's style. */
    public String promptName() {
        return promptName;
    }

    /** The prompt resource's id, e.g. {@code back-view-v1}: recorded with each generation. */
    public String promptId() {
        return promptName + "-v" + promptVersion;
    }

    public int promptVersion() {
        return promptVersion;
    }

    /** The style of a stored or queued name; an unknown or missing one (an older job, row) is {@link #STUDIO}. */
    public static AiStyle ofName(String name) {
        return find(name).orElse(STUDIO);
    }

    /** The style of exactly this name, if there is one. */
    public static Optional<AiStyle> find(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
