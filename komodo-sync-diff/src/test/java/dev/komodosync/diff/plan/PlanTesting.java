package dev.komodosync.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.internal.FieldChanges;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small declarations and snapshots for planner tests, both written as sync TOML. */
public final class PlanTesting {

    private PlanTesting() {}

    /** The declaration of {@code toml}, which must load without errors. */
    public static Declaration declare(String toml) {
        LoadResult result = SyncLoader.create().loadString("sync.toml", toml);
        assertThat(result.errors()).as("load errors").isEmpty();
        return result.declaration();
    }

    /**
     * A snapshot holding the resources, variables and user groups {@code toml} declares, as if they
     * existed: each resource gets the id {@code id-<name>}; reference fields hold whatever the TOML
     * says (write {@code id-<name>} to store an id, as Komodo does).
     */
    public static Snapshot.Builder existing(String toml) {
        Declaration declared = declare(toml);
        Snapshot.Builder snapshot = Snapshot.builder();
        for (DeclaredResource<?> resource : declared.resources()) {
            snapshot.add(new ExistingResource<>("id-" + resource.name(), resource.resource()));
        }
        for (DeclaredVariable variable : declared.variables()) {
            snapshot.add(variable.variable());
        }
        for (DeclaredUserGroup group : declared.userGroups()) {
            snapshot.add(new Snapshot.ExistingUserGroup("group-" + group.name(), group.name(), group.group().everyone(),
                    group.group().users().stream().map(u -> "user-" + u).toList(), group.group().all()));
        }
        return snapshot;
    }

    /** A runtime where each {@code kind:name} has the given state. */
    public static RuntimeState states(String... kindNameStates) {
        Map<String, Map<String, RuntimeState.TargetState>> targets = new java.util.LinkedHashMap<>();
        for (String entry : kindNameStates) {
            String[] parts = entry.split("[:=]");
            targets.computeIfAbsent(parts[0], k -> new java.util.LinkedHashMap<>())
                    .put(parts[1], RuntimeState.TargetState.of(parts[2]));
        }
        return new RuntimeState(targets, Map.of());
    }

    /** Plans, expecting no error. */
    public static Plan plan(Declaration declaration, Snapshot snapshot, SyncOptions options) {
        PlanResult result = Planner.plan(declaration, snapshot, options);
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList())
                .as("plan errors").isEmpty();
        return result.plan().orElseThrow();
    }

    /** Plans with default options, expecting no error. */
    public static Plan plan(Declaration declaration, Snapshot snapshot) {
        return plan(declaration, snapshot, SyncOptions.defaults());
    }

    /** {@code action kind name} of each resource change, in plan order. */
    public static List<String> actions(Plan plan) {
        return plan.resources().stream().map(c -> c.action().label() + " " + c.kind().key() + " " + c.name()).toList();
    }

    /** {@code path: from → to} of each field change of the only update, values as plan JSON shows them. */
    public static List<String> changes(Plan plan) {
        List<ResourceChange.Update> updates = plan.resources().stream()
                .filter(ResourceChange.Update.class::isInstance).map(ResourceChange.Update.class::cast).toList();
        assertThat(updates).hasSize(1);
        return updates.get(0).changes().stream().map(PlanTesting::describe).toList();
    }

    public static String describe(FieldChange change) {
        ValueType type = FieldChanges.type(change);
        return change.path() + ": " + ValueJson.toJson(type, change.from(), ValueJson.Secrets.MASK) + " → "
                + ValueJson.toJson(type, change.to(), ValueJson.Secrets.MASK);
    }

    /** {@code stage: kind name (reason)} of every deploy, stage by stage. */
    public static List<String> deploys(Plan plan) {
        List<String> lines = new java.util.ArrayList<>();
        List<List<DeployPlan.Deploy>> stages = plan.deploys().stages();
        for (int i = 0; i < stages.size(); i++) {
            for (DeployPlan.Deploy deploy : stages.get(i)) {
                lines.add((i + 1) + ": " + deploy.kind().key() + " " + deploy.name() + " (" + deploy.reason() + ")");
            }
        }
        return lines;
    }

    /** {@code kind name: reason} of every skipped deploy. */
    public static List<String> skipped(Plan plan) {
        return plan.deploys().skipped().stream().map(s -> s.kind().key() + " " + s.name() + ": " + s.reason()).toList();
    }

    /** The variables of a snapshot by name, for readable assertions. */
    public static Map<String, Variable> byName(List<Variable> variables) {
        return variables.stream().collect(Collectors.toMap(Variable::name, v -> v));
    }
}
