package dev.komodosync.diff.render;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.render.internal.ShownChanges;
import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.diff.render.internal.TomlShown;
import dev.komodosync.diff.render.internal.UnifiedDiff;
import dev.komodosync.model.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * The plan as Komodo's UI shows a pending sync: for each changed resource, a unified diff of the
 * TOML of what exists (as {@code export} writes it, references by name) against the TOML of the
 * declaration, in the plan's order with deletes first. A create is a diff from nothing
 * ({@code --- /dev/null}), a delete a diff to nothing. Secrets show as {@code "***"}; a secret the
 * declaration changes shows as {@code "*** (changed)"} on the declared side. The existing side keeps
 * the declaration's {@code deploy} and {@code after}, which Komodo does not store, as export does.
 *
 * <pre>
 * --- existing stack api
 * +++ declared stack api (sync.toml:20)
 * &#64;&#64; -1,5 +1,6 &#64;&#64;
 *  [[stack]]
 *  name = "api"
 * -tags = ["apps"]
 * +tags = ["apps", "prod"]
 * </pre>
 */
public final class PlanTomlDiff {

    private PlanTomlDiff() {}

    /** The TOML diffs of {@code plan}'s resource changes against {@code existing}, the snapshot it was planned on. */
    public static String render(Plan plan, Snapshot existing) {
        requireNonNull(plan, "plan");
        requireNonNull(existing, "existing");
        if (plan.resources().isEmpty()) {
            return "No resource changes. Komodo matches the declarations.\n";
        }
        StringBuilder out = new StringBuilder();
        plan.resources().stream().filter(c -> c.action() == ChangeAction.DELETE).forEach(c -> resource(c, existing, out));
        plan.resources().stream().filter(c -> c.action() != ChangeAction.DELETE).forEach(c -> resource(c, existing, out));
        return out.toString();
    }

    private static void resource(ResourceChange change, Snapshot snapshot, StringBuilder out) {
        String subject = change.kind().key() + " " + ShownText.line(change.name());
        String where = change.location().map(l -> " (" + ShownText.line(l.file()) + ":" + l.line() + ")").orElse("");
        List<String> before;
        List<String> after;
        if (change instanceof ResourceChange.Create create) {
            before = List.of();
            after = TomlShown.resource(create.declared().resource(), create.declared().deploy(), create.declared().after(),
                    false);
            out.append("--- /dev/null\n+++ declared ").append(subject).append(where).append('\n');
        } else if (change instanceof ResourceChange.Update update) {
            var existing = ShownChanges.named(update.existing(), Optional.of(snapshot));
            before = TomlShown.resource(existing, update.declared().deploy(), update.declared().after(), false);
            after = TomlShown.declared(update.declared().resource(), existing, update.declared().deploy(),
                    update.declared().after());
            out.append("--- existing ").append(subject).append("\n+++ declared ").append(subject).append(where).append('\n');
        } else {
            ResourceChange.Delete delete = (ResourceChange.Delete) change;
            before = TomlShown.resource(ShownChanges.named(delete.existing(), Optional.of(snapshot)), false, List.of(), false);
            after = List.of();
            out.append("--- existing ").append(subject).append("\n+++ /dev/null\n");
        }
        List<String> hunks = UnifiedDiff.hunks(before, after);
        if (hunks.isEmpty()) {
            // A change the TOML cannot show (it writes nothing for either value): say so rather than print nothing.
            out.append("# no difference in the exported TOML; see `plan` for the changed values\n");
        }
        hunks.forEach(line -> out.append(ShownText.line(line)).append('\n'));
        out.append('\n');
    }
}
