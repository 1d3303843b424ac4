package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

/**
 * What executing a plan did, as a {@link PlanExecutor} reports it.
 *
 * @param done changes applied
 * @param failed changes that failed
 * @param json the executor's report as a JSON document (shown as {@code last_execution.report}
 *     by {@code GET /syncs/{name}}); it must hold no secret
 */
public record ExecutionOutcome(int done, int failed, String json) {

    /** Checks the arguments. */
    public ExecutionOutcome {
        if (done < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative: done " + done + ", failed " + failed);
        }
        requireNonNull(json, "json");
    }

    /** Whether every change was applied. */
    public boolean succeeded() {
        return failed == 0;
    }
}
