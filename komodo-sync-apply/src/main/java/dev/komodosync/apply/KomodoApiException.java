package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

/**
 * A {@link KomodoApi} call that Komodo refused or that could not be made. The message is
 * Komodo's error text (or the transport's), and never holds a secret: an implementation removes
 * any secret it sent before it builds one.
 */
public final class KomodoApiException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with Komodo's error text. */
    public KomodoApiException(String message) {
        super(requireNonNull(message, "message"));
    }
}
