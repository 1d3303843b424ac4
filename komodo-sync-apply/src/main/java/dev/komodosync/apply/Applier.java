package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

import dev.komodosync.apply.internal.ApplyRun;
import dev.komodosync.diff.plan.Plan;

/**
 * Carries a plan out through a {@link KomodoApi}, in Komodo's order (komodo-api §3.2): variables
 * (creates, updates, deletes); user groups with their members and {@code all} levels; resources by
 * kind — Server, Alerter, Action, Swarm, Builder, Repo, Build, Stack, ResourceSync, Deployment,
 * Procedure —, creates (each followed by its meta), updates (meta, then only the changed config
 * fields) and deletes, procedures in up to 10 retry passes; then, a departure, user-group
 * permissions on single resources, so that those on resources created by the same run land;
 * then the deploy rounds.
 *
 * <p>A failed item is reported with Komodo's error text and the run goes on, as Komodo's does;
 * a failed deploy round stops the rounds after it. Guard rails ({@link ApplyOptions}) are checked
 * first: a refused apply changes nothing. Example:
 *
 * <pre>{@code
 * ApplyReport report = Applier.apply(plan, api, ApplyOptions.builder().maxDeletes(5).build(), ApplyListener.NONE);
 * System.out.print(ApplyReportText.render(report));
 * }</pre>
 */
public final class Applier {

    private Applier() {}

    /**
     * Applies {@code plan}.
     *
     * @return the outcome of every item, or the refusals
     */
    public static ApplyReport apply(Plan plan, KomodoApi api, ApplyOptions options, ApplyListener listener) {
        requireNonNull(plan, "plan");
        requireNonNull(api, "api");
        requireNonNull(options, "options");
        requireNonNull(listener, "listener");
        return ApplyRun.run(plan, api, options, listener);
    }
}
