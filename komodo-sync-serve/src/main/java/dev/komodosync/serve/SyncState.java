package dev.komodosync.serve;

/** Komodo's {@code ResourceSyncState} (behaviour §3.9), from the runner's view of a sync. */
public enum SyncState {
    /** Executing now. */
    SYNCING,
    /** The last refresh failed (the last good plan is kept beside the error). */
    FAILED,
    /** The last plan has changes. */
    PENDING,
    /** The last plan has none. */
    OK,
    /** Not refreshed yet. */
    UNKNOWN;

    /** The name in lower case, as JSON and metrics show it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
