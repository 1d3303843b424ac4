package dev.komodosync.serve;

import dev.komodosync.apply.KomodoApi;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.serve.internal.ApplyingExecutor;

/**
 * Executes a sync's confirmed plan against Komodo: the runner's port to the applier.
 *
 * <p>The runner calls it at most once at a time per sync, with the plan it has just made and that
 * plan's fingerprint, so that an executor can refuse a plan that is not the one confirmed.
 * {@link #applying(KomodoApi)} is the applier's ({@code komodo-sync-apply}), which
 * {@code komodo-sync serve} uses over Komodo's HTTP API; tests and embedders may give their own.
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

    /**
     * The applier ({@code Applier.apply}) through {@code api}: refuses a plan whose fingerprint is
     * not the one confirmed, never deletes the sync's own resource sync, and counts what was not
     * done (failed, skipped, refused) as failed; its JSON is the apply report
     * ({@code docs/apply-report-format.md}).
     */
    static PlanExecutor applying(KomodoApi api) {
        ApplyingExecutor executor = new ApplyingExecutor(api);
        return executor::execute;
    }

    /** An executor that executes nothing and fails, saying that executions are off. */
    static PlanExecutor unavailable() {
        return (sync, plan, fingerprint) -> {
            throw new UnsupportedOperationException("execution is not available here; plans are kept pending");
        };
    }
}
