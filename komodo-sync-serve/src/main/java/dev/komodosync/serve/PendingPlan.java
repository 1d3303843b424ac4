package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.Plan;
import dev.komodosync.parser.SourceOrigin;
import java.time.Instant;
import java.util.Optional;

/**
 * A sync's plan as last made: what executing it would do, against what existed then.
 *
 * @param plan the plan
 * @param fingerprint {@link Plan#fingerprint()}
 * @param json the plan as {@code PlanJson} renders it with its source (secrets as {@code ***})
 * @param origin where the files came from (commit, branch, message for git)
 * @param plannedAt when it was made
 */
public record PendingPlan(Plan plan, String fingerprint, String json, Optional<SourceOrigin> origin, Instant plannedAt) {

    /** Checks the arguments. */
    public PendingPlan {
        requireNonNull(plan, "plan");
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(json, "json");
        requireNonNull(origin, "origin");
        requireNonNull(plannedAt, "plannedAt");
    }

    /** The number of pending changes: resources, deploys, variables and user groups. */
    public int changes() {
        Plan.Summary summary = plan.summary();
        return summary.create() + summary.update() + summary.delete() + summary.deploy() + summary.variables()
                + summary.userGroups();
    }
}
