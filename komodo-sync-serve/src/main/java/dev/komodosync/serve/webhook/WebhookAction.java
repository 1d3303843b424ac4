package dev.komodosync.serve.webhook;

import java.util.Optional;

/** What a webhook asks for (komodo-api §4.1): the last path segment. */
public enum WebhookAction {
    /** {@code /refresh}: recompute the pending plan. */
    REFRESH("refresh"),
    /** {@code /sync}: execute the sync (plan, then apply). */
    SYNC("sync");

    private final String segment;

    WebhookAction(String segment) {
        this.segment = segment;
    }

    /** The path segment, {@code refresh} or {@code sync}. */
    public String segment() {
        return segment;
    }

    /** The action a path segment names, exactly as written. */
    public static Optional<WebhookAction> ofSegment(String value) {
        for (WebhookAction action : values()) {
            if (action.segment.equals(value)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
