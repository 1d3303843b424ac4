package dev.komodosync.serve;

import dev.komodosync.diff.plan.Plan;

/**
 * Executes a sync's confirmed plan against Komodo: the runner's port to the applier.
 *
 * <p>The runner calls it at most once at a time per sync, with the plan it has just made and that
 * plan's fingerprint, so that an executor can refuse a plan that is not the one confirmed. The
 * Komodo-backed implementation ({@code Applier.apply} of {@code komodo-sync-apply} over the client's
 * {@code KomodoApi}) is wired when that module lands; until then {@link #unavailable()} is the
 * executor of {@code komodo-sync serve}, and every execution is recorded as failed with its reason.
 */
@FunctionalInterface
public interface PlanExecutor {

    /**
     * Executes {@code plan} of sync {@code sync}.
     *
     * @param fingerprint {@link Plan#fingerprint()} of the plan, as confirmed
     * @return what was done; changes that failed are counted, not thrown
     * @throws Exception when execution could not run at all (its message is recorded, so it must
     *     hold no secret)
     */
    ExecutionOutcome execute(String sync, Plan plan, String fingerprint) throws Exception;

    /** An executor that executes nothing and fails, saying that no applier is wired into this build. */
    static PlanExecutor unavailable() {
        return (sync, plan, fingerprint) -> {
            throw new UnsupportedOperationException("execution is not available: no applier is wired into this build"
                    + " (komodo-sync-apply); plans are kept pending");
        };
    }
}
