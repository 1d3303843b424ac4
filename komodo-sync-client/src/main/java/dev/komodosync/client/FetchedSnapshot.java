package dev.komodosync.client;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.snapshot.SnapshotResult;

/**
 * What a live Core holds, as read by a {@link SnapshotFetcher}.
 *
 * @param result the snapshot and its diagnostics, as {@code SnapshotReader} gives them for a file
 *     (with a {@code KS310} warning when the snapshot is partial)
 * @param partial whether the key could not read everything (not an admin's key, and partial
 *     snapshots were allowed): resources it may not read, users, permissions and secret values
 *     are missing or masked
 * @param username the user the API key belongs to
 * @param calls how many calls the read took
 */
public record FetchedSnapshot(SnapshotResult result, boolean partial, String username, int calls) {

    /** Checks the arguments. */
    public FetchedSnapshot {
        requireNonNull(result, "result");
        requireNonNull(username, "username");
    }
}
