package dev.komodosync.serve.webhook;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of authenticating a webhook: accepted, or rejected with Komodo's message (which
 * never holds the secret, the signature or the token).
 */
public sealed interface WebhookVerification {

    /** Whether the request is authentic. */
    boolean accepted();

    /** The request is authentic. */
    record Accepted() implements WebhookVerification {
        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The request is not authentic.
     *
     * @param reason Komodo's message, e.g. {@code Signature does not equal expected}
     */
    record Rejected(String reason) implements WebhookVerification {
        /** Checks the argument. */
        public Rejected {
            requireNonNull(reason, "reason");
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }
}
