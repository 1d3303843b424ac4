package dev.komodosync.apply.internal;

import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.model.KomodoKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The delete guard rails: what refuses a whole apply, and which deletes are protected. */
public final class GuardRails {

    private GuardRails() {}

    /**
     * Why the whole apply must be refused: more deletes than {@code --max-deletes} (resources,
     * variables and user groups together), or a delete of the sync named by {@code --self}.
     */
    public static List<String> refusals(Plan plan, ApplyOptions options) {
        List<String> refusals = new ArrayList<>();
        long deletes = plan.resources().stream().filter(r -> r.action() == ChangeAction.DELETE).count()
                + plan.variables().stream().filter(v -> v.action() == ChangeAction.DELETE).count()
                + plan.userGroups().stream().filter(g -> g.action() == ChangeAction.DELETE).count();
        if (options.maxDeletes().isPresent() && deletes > options.maxDeletes().getAsInt()) {
            refusals.add("the plan deletes " + deletes + " items (resources, variables and user groups), more than"
                    + " --max-deletes " + options.maxDeletes().getAsInt() + "; nothing was changed");
        }
        options.selfSync().ifPresent(self -> plan.resources().stream()
                .filter(r -> r instanceof ResourceChange.Delete && r.kind().equals(KomodoKinds.RESOURCE_SYNC)
                        && r.name().equals(self))
                .findFirst()
                .ifPresent(r -> refusals.add("the plan deletes resource sync '" + self
                        + "', the sync that reads these files; nothing was changed")));
        return refusals;
    }

    /** Why a delete must not run, if it is protected by a {@code protect} entry or the {@code protect} tag. */
    public static Optional<String> protection(ResourceChange.Delete delete, ApplyOptions options) {
        if (delete.existing().resource().tags().contains(ApplyOptions.PROTECT_TAG)) {
            return Optional.of("protected: it carries the tag '" + ApplyOptions.PROTECT_TAG + "'");
        }
        if (options.protects(delete.kind().key(), delete.name())) {
            return Optional.of("protected by --protect");
        }
        return Optional.empty();
    }
}
