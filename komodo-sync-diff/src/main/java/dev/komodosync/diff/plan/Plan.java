package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.internal.PlanActions;
import java.util.List;

/**
 * What applying the declarations would do: resource changes in the order they apply (by kind in
 * Komodo's apply order; within a kind creates, updates, deletes, each by name — procedures
 * deletes, updates, creates), variable and user-group changes, and deploy stages. A plan never
 * holds errors. Immutable.
 *
 * @param resources the resource changes, in apply order
 * @param variables the variable changes: creates, updates, deletes, each by name
 * @param userGroups the user-group changes: creates, updates, deletes, each by name
 * @param deploys the deploys
 */
public record Plan(
        List<ResourceChange> resources, List<VariableChange> variables, List<UserGroupChange> userGroups, DeployPlan deploys) {

    /** Checks and copies the arguments. */
    public Plan {
        resources = List.copyOf(resources);
        variables = List.copyOf(variables);
        userGroups = List.copyOf(userGroups);
        requireNonNull(deploys, "deploys");
    }

    /** Whether the plan changes or deploys anything. */
    public boolean hasChanges() {
        return !resources.isEmpty() || !variables.isEmpty() || !userGroups.isEmpty() || deploys.count() > 0;
    }

    /** The number of resources of each action, and of deploys, variable and user-group changes. */
    public Summary summary() {
        return new Summary(
                count(ChangeAction.CREATE), count(ChangeAction.UPDATE), count(ChangeAction.DELETE), deploys.count(),
                variables.size(), userGroups.size());
    }

    private int count(ChangeAction action) {
        int count = 0;
        for (ResourceChange change : resources) {
            if (change.action() == action) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the canonical JSON (RFC 8785) of the plan's actions
     * (formats §2): locations, diagnostics and wording do not change it; a changed secret does.
     */
    public String fingerprint() {
        return PlanActions.fingerprint(resources, variables, userGroups, deploys);
    }

    /**
     * Counts of a plan.
     *
     * @param create resources created
     * @param update resources updated
     * @param delete resources deleted
     * @param deploy deploys
     * @param variables variable changes
     * @param userGroups user-group changes
     */
    public record Summary(int create, int update, int delete, int deploy, int variables, int userGroups) {}
}
