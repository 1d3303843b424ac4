package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import dev.komodosync.parser.SourceOrigin;
import java.time.Instant;
import java.util.Optional;

/**
 * A sync as the runner sees it at one moment. Immutable.
 *
 * @param name the sync's name
 * @param state Komodo's state of it
 * @param origin where the files of the last successful refresh came from (the last commit, for git)
 * @param plan the last good plan; kept when a later refresh fails
 * @param error why the last refresh failed, when it did
 * @param lastSuccess when a refresh last succeeded
 * @param lastExecution the last execution
 * @param applyFailures how many executions failed or had failed changes since the start
 * @param refreshFailures how many refreshes failed since the start
 */
public record SyncStatus(String name, SyncState state, Optional<SourceOrigin> origin, Optional<PendingPlan> plan,
        Optional<String> error, Optional<Instant> lastSuccess, Optional<ExecutionRecord> lastExecution,
        long applyFailures, long refreshFailures) {

    /** Checks the arguments. */
    public SyncStatus {
        requireNonNull(name, "name");
        requireNonNull(state, "state");
        requireNonNull(origin, "origin");
        requireNonNull(plan, "plan");
        requireNonNull(error, "error");
        requireNonNull(lastSuccess, "lastSuccess");
        requireNonNull(lastExecution, "lastExecution");
    }

    /** The number of pending changes of the last good plan (0 without one). */
    public int pendingChanges() {
        return plan.map(PendingPlan::changes).orElse(0);
    }
}
