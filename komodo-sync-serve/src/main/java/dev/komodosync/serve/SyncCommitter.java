package dev.komodosync.serve;

/**
 * Managed mode (behaviour §3.2): writes what exists back into a sync's files and commits and
 * pushes them. The runner calls it on the sync's queue, never beside a refresh or an execution of
 * the same sync.
 */
@FunctionalInterface
public interface SyncCommitter {

    /**
     * Commits what exists into {@code sync}'s files.
     *
     * @throws Exception when it cannot (not managed, not a git source, refused write-back, rejected
     *     push); its message is recorded and answered, so it must hold no secret
     */
    CommitOutcome commit(SyncDefinition sync, CommitRequest request) throws Exception;
}
