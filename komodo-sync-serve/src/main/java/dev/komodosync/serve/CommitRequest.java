package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

/**
 * A managed-mode commit's author and message.
 *
 * @param authorName the author's (and committer's) name
 * @param authorEmail the author's e-mail address
 * @param message the commit message
 */
public record CommitRequest(String authorName, String authorEmail, String message) {

    /** Checks the arguments. */
    public CommitRequest {
        requireNonNull(authorName, "authorName");
        requireNonNull(authorEmail, "authorEmail");
        requireNonNull(message, "message");
        if (authorName.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a commit needs an author name and a message");
        }
    }

    /** The default: {@code komodo-sync <komodo-sync@localhost>}, "Commit Resource Sync {name}" as Komodo words it. */
    public static CommitRequest defaults(String syncName) {
        return new CommitRequest("komodo-sync", "komodo-sync@localhost", "Commit Resource Sync " + syncName);
    }
}
