package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.internal.text.VariableReferences;
import dev.komodosync.model.meta.internal.FieldValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The pieces of {@link PlanRun#plan()} that run side by side on every core. Named classes rather
 * than lambdas: each lambda links a call site the first time it runs, which a cold plan pays for
 * (docs/architecture.md, "Start-up path").
 */
final class PlanTasks {

    private PlanTasks() {}

    /** Plans the deploys into {@link #plan}; {@code off} gives every target that reason instead. */
    static final class Deploys implements Supplier<Object> {
        private final DeployPlanner planner;
        private final List<DeclaredResource<?>> declared;
        private final Optional<String> off;
        private DeployPlan plan;

        Deploys(DeployPlanner planner, List<DeclaredResource<?>> declared, Optional<String> off) {
            this.planner = planner;
            this.declared = declared;
            this.off = off;
        }

        @Override
        public Object get() {
            plan = planner.plan(declared, off);
            return plan;
        }

        /** The deploy plan, once the task ran. */
        DeployPlan plan() {
            return plan;
        }
    }

    /** Finds the placeholders that name no declared variable and none of {@code variableNames}. */
    static final class UnknownVariables implements Supplier<Object> {
        private final Declaration declaration;
        private final Optional<VariableReferences.Undeclared> undeclared;
        private final List<String> variableNames;
        private final List<Diagnostic> unknown;

        /** Finds the declaration's undeclared placeholders unless {@code undeclared} holds them already. */
        UnknownVariables(Declaration declaration, Optional<VariableReferences.Undeclared> undeclared,
                List<String> variableNames, List<Diagnostic> unknown) {
            this.declaration = declaration;
            this.undeclared = undeclared;
            this.variableNames = variableNames;
            this.unknown = unknown;
        }

        @Override
        public Object get() {
            VariableReferences.Undeclared placeholders = undeclared.isPresent() ? undeclared.get()
                    : VariableReferences.undeclared(declaration);
            return unknown.addAll(placeholders.unknown(variableNames));
        }
    }

    /** Plans the changes of one kind into its slot of {@code changesByKind}. */
    static final class KindChanges implements Supplier<Object> {
        private final ResourcePlanner planner;
        private final ResourceKind<?> kind;
        private final List<DeclaredResource<?>> ofKind;
        private final Snapshot snapshot;
        private final List<List<ResourceChange>> changesByKind;
        private final int slot;

        KindChanges(ResourcePlanner planner, ResourceKind<?> kind, List<DeclaredResource<?>> ofKind, Snapshot snapshot,
                List<List<ResourceChange>> changesByKind, int slot) {
            this.planner = planner;
            this.kind = kind;
            this.ofKind = ofKind;
            this.snapshot = snapshot;
            this.changesByKind = changesByKind;
            this.slot = slot;
        }

        @Override
        public Object get() {
            return changesByKind.set(slot, planner.plan(kind, ofKind, snapshot));
        }
    }

    /**
     * Checks the references of a run of declarations, those in scope; adds those out of scope to
     * {@code outOfScope}, in order, so that no other pass needs to ask each declaration again.
     * Given a list for them, also finds the placeholders of every declaration of the run that name
     * none of the declared variables, in the same walk of each config.
     */
    static final class References implements Supplier<Object> {
        private final ReferenceChecks checks;
        private final Scope scope;
        private final List<DeclaredResource<?>> run;
        private final List<DeclaredResource<?>> outOfScope;
        private final Set<String> declaredVariables;
        private final List<VariableReferences.Reference> placeholders;

        /** Checks only; the placeholders are found elsewhere. */
        References(ReferenceChecks checks, Scope scope, List<DeclaredResource<?>> run,
                List<DeclaredResource<?>> outOfScope) {
            this(checks, scope, run, outOfScope, Set.of(), null);
        }

        /** Checks, and adds to {@code placeholders} those naming none of {@code declaredVariables}. */
        References(ReferenceChecks checks, Scope scope, List<DeclaredResource<?>> run,
                List<DeclaredResource<?>> outOfScope, Set<String> declaredVariables,
                List<VariableReferences.Reference> placeholders) {
            this.checks = checks;
            this.scope = scope;
            this.run = run;
            this.outOfScope = outOfScope;
            this.declaredVariables = declaredVariables;
            this.placeholders = placeholders;
        }

        @Override
        public Object get() {
            for (DeclaredResource<?> resource : run) {
                boolean inScope = scope.includes(resource.resource());
                if (!inScope) {
                    outOfScope.add(resource);
                }
                if (placeholders == null) {
                    if (inScope) {
                        checks.check(resource);
                    }
                    continue;
                }
                Consumer<FieldValue> finder = VariableReferences.undeclaredIn(resource, declaredVariables, placeholders);
                if (inScope) {
                    checks.check(resource, finder);
                } else {
                    ReferenceChecks.placeholders(resource, finder);
                }
            }
            checks.finish();
            return checks;
        }
    }

    /**
     * Adds to {@code unknown} an {@code info} for each placeholder of {@code runs} (the lists the
     * {@link References} tasks filled, in declaration order) that names none of {@code variableNames}.
     */
    static void unknownAmong(List<List<VariableReferences.Reference>> runs, List<String> variableNames,
            List<Diagnostic> unknown) {
        List<VariableReferences.Reference> all = new ArrayList<>();
        for (List<VariableReferences.Reference> run : runs) {
            all.addAll(run);
        }
        unknown.addAll(new VariableReferences.Undeclared(all).unknown(variableNames));
    }

    /** Indexes by descending size; equal sizes keep their order (the sort is stable). */
    static final class LargestFirst implements Comparator<Integer> {
        private final int[] sizes;

        LargestFirst(int[] sizes) {
            this.sizes = sizes;
        }

        @Override
        public int compare(Integer a, Integer b) {
            return Integer.compare(-sizes[a], -sizes[b]);
        }
    }
}
