package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a managed-mode commit did.
 *
 * @param commit the new commit's hash; empty when the files already held what exists (nothing to commit)
 * @param files the files written, relative to the repository's root
 */
public record CommitOutcome(Optional<String> commit, List<String> files) {

    /** Checks and copies the arguments. */
    public CommitOutcome {
        requireNonNull(commit, "commit");
        files = List.copyOf(files);
    }
}
