package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The last execution of a sync.
 *
 * @param trigger what started it
 * @param fingerprint the fingerprint of the plan executed (empty when the refresh before it failed)
 * @param outcome what the executor reported, when it ran
 * @param error why it did not run, or failed outright
 * @param finishedAt when it ended
 */
public record ExecutionRecord(Trigger trigger, Optional<String> fingerprint, Optional<ExecutionOutcome> outcome,
        Optional<String> error, Instant finishedAt) {

    /** Checks the arguments. */
    public ExecutionRecord {
        requireNonNull(trigger, "trigger");
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(outcome, "outcome");
        requireNonNull(error, "error");
        requireNonNull(finishedAt, "finishedAt");
    }

    /** Whether it ran and every change was applied. */
    public boolean succeeded() {
        return error.isEmpty() && outcome.map(ExecutionOutcome::succeeded).orElse(true);
    }
}
