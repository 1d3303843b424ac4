package dev.komodosync.source;

/**
 * A source could not be read: a repository unreachable or not found, a branch or commit missing,
 * credentials refused, the cache busy. The message names the repository and the branch and says
 * what to do; it never holds a credential, nor does any cause attached to it.
 */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with the message given (already free of credentials). */
    public SourceException(String message) {
        super(message);
    }

    /**
     * An exception with the message and cause given; the cause must itself be free of
     * credentials (the implementation attaches scrubbed copies of JGit's exceptions).
     */
    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
