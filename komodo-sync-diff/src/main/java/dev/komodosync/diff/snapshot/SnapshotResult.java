package dev.komodosync.diff.snapshot;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Snapshot;
import java.util.List;

/**
 * What reading a snapshot file gave: the snapshot and every problem found, in print order
 * ({@link Diagnostic#ORDER}). With errors the snapshot holds what could be read, for tools that
 * want to show it; a planner must not plan against it.
 *
 * @param snapshot what exists, as far as it could be read
 * @param diagnostics every problem found, sorted by location
 */
public record SnapshotResult(Snapshot snapshot, List<Diagnostic> diagnostics) {

    /** Checks and copies the arguments. */
    public SnapshotResult {
        requireNonNull(snapshot, "snapshot");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                return true;
            }
        }
        return false;
    }
}
