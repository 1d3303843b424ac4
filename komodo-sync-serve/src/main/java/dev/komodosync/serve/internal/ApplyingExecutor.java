package dev.komodosync.serve.internal;

import dev.komodosync.apply.Applier;
import dev.komodosync.apply.ApplyListener;
import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ApplyReportJson;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.apply.KomodoApi;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.serve.ExecutionOutcome;

/**
 * Executes a sync's plan with the applier, through a {@link KomodoApi} (Komodo Core over HTTP in
 * {@code komodo-sync serve}): the plan must be the one confirmed (its fingerprint), the sync's own
 * resource sync is never deleted, and what was not done — failed, skipped, or refused by a guard
 * rail — counts as failed. Not API: {@code PlanExecutor.applying} makes one.
 */
public final class ApplyingExecutor {

    private final KomodoApi api;

    /** An executor applying through {@code api}. */
    public ApplyingExecutor(KomodoApi api) {
        this.api = api;
    }

    /** Applies {@code plan} of sync {@code sync}, if it is the plan {@code fingerprint} names. */
    public ExecutionOutcome execute(String sync, Plan plan, String fingerprint) {
        if (!plan.fingerprint().equals(fingerprint)) {
            throw new IllegalStateException("the plan of sync '" + sync + "' is not the one confirmed (fingerprint "
                    + plan.fingerprint() + ", confirmed " + fingerprint + "); nothing was applied");
        }
        ApplyReport report = Applier.apply(plan, api, ApplyOptions.builder().selfSync(sync).build(), new ApplyListener() {});
        int notDone = report.count(ItemOutcome.Status.FAILED) + report.count(ItemOutcome.Status.SKIPPED)
                + report.refusals().size();
        return new ExecutionOutcome(report.count(ItemOutcome.Status.DONE), notDone, ApplyReportJson.render(report));
    }
}
