package dev.komodosync.serve;

/**
 * Hears what happens to the runner's syncs: every refresh, execution and commit, and the pending
 * changes notification ({@link SyncEvent.Type#PENDING_CHANGES}, sent only for syncs with
 * {@code pending_alert}, once per stretch of pending changes, as Komodo opens one alert).
 * Called on the sync's worker thread; it must not block for long, nor throw.
 */
@FunctionalInterface
public interface SyncListener {

    /** Something happened. */
    void onEvent(SyncEvent event);

    /** A listener that ignores everything. */
    static SyncListener none() {
        return event -> { };
    }
}
