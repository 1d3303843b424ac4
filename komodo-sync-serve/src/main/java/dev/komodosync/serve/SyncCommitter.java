package dev.komodosync.serve;

import dev.komodosync.serve.internal.GitCommitter;
import java.nio.file.Path;

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

    /**
     * The committer of git sources: clones the sync's branch under {@code workRoot}, writes what
     * {@code snapshots} reads back into the files of the first {@code resource_path} entry (in place,
     * refused unless the result plans empty), commits with the request's author and message, and
     * pushes without force. Only syncs with {@code managed = true}; https tokens, not ssh keys (yet).
     */
    static SyncCommitter git(SnapshotSource snapshots, Path workRoot) {
        GitCommitter committer = new GitCommitter(java.util.Objects.requireNonNull(snapshots, "snapshots"),
                java.util.Objects.requireNonNull(workRoot, "workRoot"));
        return committer::commit;
    }
}
