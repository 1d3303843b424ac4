package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Severity;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.Variable;
import dev.komodosync.parser.internal.Suggestions;
import dev.komodosync.parser.internal.text.VariableReferences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** One planning run: the phases of {@code Planner.plan}, in order. Not API. */
public final class PlanRun {

    /** How many runs of declarations the reference checks are cut into, to share the cores. */
    private static final int REFERENCE_CHUNKS = 8;

    private final Declaration declaration;
    private final Snapshot snapshot;
    private final SyncOptions options;
    private final ResourceIndex index;
    private final Scope scope;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Optional<VariableReferences.Undeclared> undeclaredPlaceholders;

    /** A run over the given inputs. */
    public PlanRun(Declaration declaration, Snapshot snapshot, SyncOptions options, ResourceKinds kinds) {
        this(declaration, Optional.of(snapshot), options, kinds);
    }

    /** A run over the given inputs; without a snapshot it can only {@link #check()}. */
    public PlanRun(Declaration declaration, Optional<Snapshot> snapshot, SyncOptions options, ResourceKinds kinds) {
        this(declaration, snapshot, Optional.empty(), options, kinds);
    }

    /**
     * A run over the given inputs, given the declaration's placeholders that name none of its
     * own variables when they were found before ({@link VariableReferences#undeclared}).
     */
    public PlanRun(Declaration declaration, Optional<Snapshot> snapshot,
            Optional<VariableReferences.Undeclared> undeclaredPlaceholders, SyncOptions options, ResourceKinds kinds) {
        this.undeclaredPlaceholders = undeclaredPlaceholders;
        this.declaration = declaration;
        this.snapshot = snapshot.orElse(Snapshot.empty());
        this.options = options;
        this.index = new ResourceIndex(declaration, snapshot, kinds);
        this.scope = new Scope(options);
    }

    /**
     * The checks of a plan that need no snapshot, over every declaration in the options' scope:
     * references and name patterns (procedure and action targets, servers, builds, …), {@code after}
     * entries and their cycles, user-group permission targets. With a snapshot, a name neither
     * declared nor existing is an error, as in {@link #plan()}; without one, a name no file declares
     * is a warning (KS420), since it may exist.
     */
    public List<Diagnostic> check() {
        checkDuplicates();
        ReferenceChecks references = new ReferenceChecks(index, diagnostics);
        declaration.resources().stream().filter(r -> scope.includes(r.resource())).forEach(references::check);
        references.finish();
        new DeployPlanner(index, snapshot, scope, diagnostics).check(declaration.resources());
        new UserGroupPlanner(index, snapshot, diagnostics).check(declaration.userGroups());
        return ordered();
    }

    /** Plans; never throws for any declaration or snapshot. */
    public PlanResult plan() {
        checkOptions();
        checkDuplicates();
        List<DeclaredResource<?>> declared = declaration.resources();
        List<ResourceChange> resources = List.of();
        DeployPlan deploys;
        // Placeholders naming no variable: independent of everything else, so worked out beside it.
        List<String> variableNames = new ArrayList<>(snapshot.variables().size());
        for (Variable variable : snapshot.variables()) {
            variableNames.add(variable.name());
        }
        List<Diagnostic> unknownVariables = new ArrayList<>();
        Supplier<Object> findUnknownVariables = new PlanTasks.UnknownVariables(declaration, undeclaredPlaceholders,
                variableNames, unknownVariables);
        if (options.includeResources()) {
            // The phases read the inputs and the index only, each into diagnostics of its own, in
            // pieces (the changes of each kind, the reference checks of runs of declarations) that
            // run on every core; everything joins in the order one run after another would give.
            // Without a repeated name, each kind's declarations are its declared table's entries:
            // grouping them again would read every declaration once more, alone on one core.
            Map<ResourceKind<?>, List<DeclaredResource<?>>> byKind = index.duplicates().isEmpty()
                    ? index.declaredByKind() : ResourcePlanner.byKind(declared);
            List<Supplier<Object>> tasks = new ArrayList<>();
            List<List<ResourceChange>> changesByKind = new ArrayList<>();
            List<List<Diagnostic>> changeProblems = new ArrayList<>();
            List<ResourceKind<?>> kinds = new ArrayList<>(index.kinds());
            for (int i = 0; i < kinds.size(); i++) {
                changesByKind.add(null);
                changeProblems.add(new ArrayList<>());
            }
            List<Diagnostic> deployProblems = new ArrayList<>();
            PlanTasks.Deploys deployTask = new PlanTasks.Deploys(new DeployPlanner(index, snapshot, scope, deployProblems),
                    declared, Optional.empty());
            // The placeholders naming no variable are found by the reference checks, in the same walk
            // of each config, unless they were found before the snapshot was there.
            boolean findPlaceholders = undeclaredPlaceholders.isEmpty();
            Set<String> declaredVariables = findPlaceholders ? VariableReferences.declaredNames(declaration) : Set.of();
            List<List<VariableReferences.Reference>> placeholders = new ArrayList<>();
            // The single task that grows with every declaration first, so that the many smaller
            // ones can even out the end: it last would keep one core busy alone.
            tasks.add(deployTask);
            if (!findPlaceholders) {
                tasks.add(findUnknownVariables);
            }
            // The kinds with the most declarations first, so that the small tasks fill in at the end.
            int[] sizes = new int[kinds.size()];
            List<Integer> bySize = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                sizes[i] = byKind.getOrDefault(kinds.get(i), List.of()).size();
                bySize.add(i);
            }
            bySize.sort(new PlanTasks.LargestFirst(sizes));
            List<ResourcePlanner> planners = new ArrayList<>();
            for (int i : bySize) {
                ResourceKind<?> kind = kinds.get(i);
                ResourcePlanner planner = new ResourcePlanner(index, scope, options.deletes(), changeProblems.get(i));
                planners.add(planner);
                tasks.add(new PlanTasks.KindChanges(planner, kind, byKind.getOrDefault(kind, List.of()), snapshot,
                        changesByKind, i));
            }
            List<List<Diagnostic>> referenceProblems = new ArrayList<>();
            List<List<DeclaredResource<?>>> outOfScope = new ArrayList<>();
            int chunk = Math.max(1, (declared.size() + REFERENCE_CHUNKS - 1) / REFERENCE_CHUNKS);
            for (int from = 0; from < declared.size(); from += chunk) {
                List<DeclaredResource<?>> run = declared.subList(from, Math.min(declared.size(), from + chunk));
                List<Diagnostic> problems = new ArrayList<>();
                referenceProblems.add(problems);
                List<DeclaredResource<?>> left = new ArrayList<>();
                outOfScope.add(left);
                ReferenceChecks checks = new ReferenceChecks(index, problems);
                if (findPlaceholders) {
                    List<VariableReferences.Reference> found = new ArrayList<>();
                    placeholders.add(found);
                    tasks.add(new PlanTasks.References(checks, scope, run, left, declaredVariables, found));
                } else {
                    tasks.add(new PlanTasks.References(checks, scope, run, left));
                }
            }

            Parallel.all(tasks);
            if (findPlaceholders) {
                PlanTasks.unknownAmong(placeholders, variableNames, unknownVariables);
            }
            List<ResourceChange> changes = new ArrayList<>();
            for (List<ResourceChange> ofKind : changesByKind) {
                changes.addAll(ofKind);
            }
            resources = changes;
            deploys = deployTask.plan();
            for (List<Diagnostic> problems : changeProblems) {
                diagnostics.addAll(problems);
            }
            for (List<Diagnostic> problems : referenceProblems) {
                diagnostics.addAll(problems);
            }
            diagnostics.addAll(deployProblems);
            List<DeclaredResource<?>> notPlanned = new ArrayList<>();
            for (List<DeclaredResource<?>> left : outOfScope) {
                notPlanned.addAll(left);
            }
            reportOutOfScope(notPlanned);
            checkMatchTags();
            checkOwnSync(resources);
            long existingInScope = 0;
            for (ResourcePlanner planner : planners) {
                existingInScope += planner.existingInScope();
            }
            checkMassDelete(resources, existingInScope);
        } else {
            PlanTasks.Deploys deployTask = new PlanTasks.Deploys(new DeployPlanner(index, snapshot, scope, diagnostics),
                    declared, Optional.of("include_resources is off"));
            Parallel.all(List.<Supplier<Object>>of(deployTask, findUnknownVariables));
            deploys = deployTask.plan();
            ignored(declared.size(), "resource", "include_resources is off");
        }
        List<VariableChange> variables = List.of();
        List<UserGroupChange> userGroups = List.of();
        if (!options.includeVariables()) {
            ignored(declaration.variables().size(), "variable", "include_variables is off");
        } else if (options.restricted()) {
            ignored(declaration.variables().size(), "variable", "variables are not planned in a restricted run");
        } else {
            variables = VariablePlanner.plan(declaration.variables(), snapshot.variables(), options.deletes(),
                    diagnostics);
        }
        if (!options.includeUserGroups()) {
            ignored(declaration.userGroups().size(), "user_group", "include_user_groups is off");
        } else if (options.restricted()) {
            ignored(declaration.userGroups().size(), "user_group", "user groups are not planned in a restricted run");
        } else {
            userGroups = new UserGroupPlanner(index, snapshot, diagnostics).plan(declaration.userGroups(), options.deletes());
        }
        diagnostics.addAll(unknownVariables);
        List<Diagnostic> ordered = ordered();
        for (Diagnostic diagnostic : ordered) {
            if (diagnostic.isError()) {
                return new PlanResult(Optional.empty(), ordered);
            }
        }
        return new PlanResult(Optional.of(new Plan(resources, variables, userGroups, deploys)), ordered);
    }

    /** The diagnostics found, each once, in print order; warnings are errors in strict mode. */
    private List<Diagnostic> ordered() {
        Set<Diagnostic> distinct = new LinkedHashSet<>();
        for (Diagnostic d : diagnostics) {
            distinct.add(options.strict() && d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d);
        }
        List<Diagnostic> sorted = new ArrayList<>(distinct);
        sorted.sort(Diagnostic.ORDER);
        return Collections.unmodifiableList(sorted);
    }

    private void checkOptions() {
        for (SyncOptions.Restriction restriction : options.only()) {
            Optional<ResourceKind<?>> kind = index.kind(restriction.kind());
            if (kind.isEmpty()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.OPTION_CONFLICT, "restriction `" + restriction
                        + "` names no resource kind").withHint("kinds: " + String.join(", ",
                        index.kinds().stream().map(k -> k.key()).toList())));
                continue;
            }
            List<String> names = index.names(kind.get());
            if (restriction.name().isPresent() && !names.contains(restriction.name().get())) {
                Diagnostic nothing = Diagnostic.of(DiagnosticCode.RESTRICTION_MATCHES_NOTHING, "restriction `"
                        + restriction + "` names no declared or existing " + kind.get().key() + "; it plans nothing");
                diagnostics.add(Suggestions.closest(restriction.name().get(), names)
                        .map(name -> nothing.withHint("did you mean `" + kind.get().key() + ":" + name + "`?"))
                        .orElse(nothing));
            } else if (restriction.name().isEmpty() && names.isEmpty()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.RESTRICTION_MATCHES_NOTHING, "restriction `"
                        + restriction + "`: no " + kind.get().key() + " is declared or exists; it plans nothing"));
            }
        }
        if (options.selfSync().isPresent()) {
            String self = options.selfSync().get();
            List<String> syncs = index.names(KomodoKinds.RESOURCE_SYNC);
            if (!syncs.contains(self)) {
                Diagnostic unknown = Diagnostic.of(DiagnosticCode.SELF_SYNC_UNKNOWN, "the sync named as this run's own, `"
                        + self + "`, is neither declared nor existing: changes to it cannot be flagged");
                diagnostics.add(Suggestions.closest(self, syncs).map(name -> unknown.withHint("did you mean `" + name + "`?"))
                        .orElse(unknown.withHint("give --self the name of the resource sync that reads these files")));
            }
        }
        boolean nothingDeclared = declaration.resources().isEmpty();
        // Counted only when it can matter: it reads every existing resource.
        long existingInScope = options.includeResources() && options.deletes() && nothingDeclared ? existingInScope() : 0;
        if (existingInScope > 0) {
            Diagnostic everything = Diagnostic.of(DiagnosticCode.NOTHING_DECLARED_TO_PLAN, "no resource is declared, and"
                    + " the run deletes: it would delete all " + existingInScope + " resources in its scope");
            diagnostics.add(options.allowEmpty() ? everything.withHint("--allow-empty: deleting everything is meant")
                    : everything.withSeverity(Severity.ERROR).withHint("check the path of the sync files; if deleting"
                            + " everything is meant, say so with --allow-empty"));
        } else if (nothingDeclared && declaration.variables().isEmpty() && declaration.userGroups().isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.NOTHING_DECLARED_TO_PLAN, "nothing is declared")
                    .withHint("check the path of the sync files"));
        }
    }

    /**
     * A warning when the plan deletes more than half of what exists in the run's scope ({@code
     * inScope} resources, counted by the planners of the deletes) — and more than one resource:
     * deleting the one resource of a small scope is no mass delete.
     */
    private void checkMassDelete(List<ResourceChange> resources, long inScope) {
        long deletes = 0;
        for (ResourceChange change : resources) {
            if (change instanceof ResourceChange.Delete) {
                deletes++;
            }
        }
        if (deletes > 1 && deletes * 2 > inScope) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.MASS_DELETE, "the plan deletes " + deletes + " of the "
                    + inScope + " resources that exist in this run's scope")
                    .withHint("check the path of the sync files before applying: files that are missing delete"
                            + " what they declared"));
        }
    }

    /** How many existing resources are in the run's scope. */
    private long existingInScope() {
        long count = 0;
        for (ExistingResource<?> existing : snapshot.resources()) {
            if (scope.includes(existing.resource())) {
                count++;
            }
        }
        return count;
    }

    /** Duplicates the loader did not see (declarations built in code) are errors here too. */
    private void checkDuplicates() {
        for (DeclaredResource<?> resource : index.duplicates()) {
            if (resource.sources().root().isEmpty()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.DUPLICATE_NAME, resource.kind().key() + " `"
                        + resource.name() + "` is declared twice"));
            }
        }
    }

    private void ignored(int count, String kind, String why) {
        if (count > 0) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.EXCLUDED_BY_OPTIONS, count + " " + kind + " "
                    + (count == 1 ? "entry" : "entries") + " ignored: " + why));
        }
    }

    /** Reports the declarations out of the run's scope, {@code notPlanned} in declaration order, by reason. */
    private void reportOutOfScope(List<DeclaredResource<?>> notPlanned) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (DeclaredResource<?> resource : notPlanned) {
            scope.why(resource.resource()).ifPresent(why -> byReason.computeIfAbsent(why, w -> new ArrayList<>())
                    .add(resource.kind().key() + " " + resource.name()));
        }
        for (Map.Entry<String, List<String>> entry : byReason.entrySet()) {
            String why = entry.getKey();
            List<String> names = entry.getValue();
            diagnostics.add(Diagnostic.of(DiagnosticCode.EXCLUDED_BY_OPTIONS,
                    names.size() + " resource " + (names.size() == 1 ? "declaration" : "declarations") + " not planned ("
                            + why + "): " + String.join(", ", names.subList(0, Math.min(5, names.size())))
                            + (names.size() > 5 ? ", …" : "")));
        }
    }

    private void checkMatchTags() {
        if (options.matchTags().isEmpty()) {
            return;
        }
        boolean declaredMatch = declaration.resources().stream().anyMatch(r -> scope.matchesTags(r.resource().tags()));
        boolean existingMatch = snapshot.resources().stream().anyMatch(r -> scope.matchesTags(r.resource().tags()));
        if (!declaredMatch && !existingMatch) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.MATCH_TAGS_MATCH_NOTHING, "match_tags [" + String.join(", ",
                            options.matchTags()) + "] match no declared or existing resource")
                    .withHint("a resource must carry every match tag; check their spelling"));
        }
    }

    private void checkOwnSync(List<ResourceChange> resources) {
        if (options.selfSync().isEmpty()) {
            return;
        }
        String self = options.selfSync().get();
        for (ResourceChange change : resources) {
            if (!change.kind().equals(KomodoKinds.RESOURCE_SYNC) || !change.name().equals(self)) {
                continue;
            }
            Optional<SourceLocation> at = change.location();
            if (change instanceof ResourceChange.Delete) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.DELETES_OWN_SYNC, "this plan deletes resource sync `" + self
                                + "`, the sync that reads these files")
                        .withHint("declare [[resource_sync]] `" + self + "`, or turn delete off"));
            } else {
                diagnostics.add(Diagnostic.of(DiagnosticCode.CHANGES_OWN_SYNC, "this plan " + change.action().label()
                                + "s resource sync `" + self + "`, the sync that reads these files")
                        .at(at)
                        .withHint("Komodo applies it while the sync runs; check its paths and filters before applying"));
            }
        }
    }
}
