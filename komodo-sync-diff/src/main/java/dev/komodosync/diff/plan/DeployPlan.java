package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The deploys a plan makes (behaviour §5), in stages: every deploy of a stage waits for the
 * stages before it; within a stage deploys run together. A target's stage is one more than the
 * latest stage of the deploying targets it comes {@code after}. Every {@code deploy = true}
 * target that will not deploy is listed in {@link #skipped()} with its reason.
 *
 * @param stages the stages, first to last
 * @param skipped the declared deploy targets that will not deploy, by kind then name
 */
public record DeployPlan(List<List<Deploy>> stages, List<SkippedDeploy> skipped) {

    private static final DeployPlan NONE = new DeployPlan(List.of(), List.of());

    /** Copies the lists. */
    public DeployPlan {
        List<List<Deploy>> copies = new ArrayList<>(stages.size());
        for (List<Deploy> stage : stages) {
            copies.add(List.copyOf(stage));
        }
        stages = List.copyOf(copies);
        skipped = List.copyOf(skipped);
    }

    /** No deploys. */
    public static DeployPlan none() {
        return NONE;
    }

    /** How many deploys in all. */
    public int count() {
        int count = 0;
        for (List<Deploy> stage : stages) {
            count += stage.size();
        }
        return count;
    }

    /**
     * One deploy.
     *
     * @param kind the target's kind
     * @param name the target's name
     * @param reason why it deploys
     * @param after the deploying targets it waits for, by name
     */
    public record Deploy(ResourceKind<?> kind, String name, String reason, List<String> after) {
        /** Checks and copies the arguments. */
        public Deploy {
            requireNonNull(kind, "kind");
            requireNonNull(name, "name");
            requireNonNull(reason, "reason");
            after = List.copyOf(after);
        }
    }

    /**
     * A {@code deploy = true} target that will not deploy.
     *
     * @param kind the target's kind
     * @param name the target's name
     * @param reason why not
     */
    public record SkippedDeploy(ResourceKind<?> kind, String name, String reason) {
        /** Checks the arguments. */
        public SkippedDeploy {
            requireNonNull(kind, "kind");
            requireNonNull(name, "name");
            requireNonNull(reason, "reason");
        }
    }
}
