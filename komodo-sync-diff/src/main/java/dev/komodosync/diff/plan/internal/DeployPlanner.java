package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.internal.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code deploy = true} targets deploy, why, and in which stage (behaviour §5), with the
 * departures of the architecture: {@code after} names resolve among every deployable kind,
 * declared or existing (unknown or ambiguous names are errors); a cycle is an error naming its
 * members in order; the build-version check works as documented (a deployment tracking the
 * latest build redeploys when a newer version was built); filters apply to both sides; every
 * target that does not deploy says why. Where these departures change the deploys, {@link
 * DeployDepartures} says what Komodo v2.3.2 would deploy instead.
 */
final class DeployPlanner {

    /** A deploy target: a kind and a name. */
    record Target(ResourceKind<?> kind, String name) {
        @Override
        public String toString() {
            return name;
        }

        // Written out, as the record would generate them: the generated ones are linked through
        // invokedynamic at their first call, which every plan paid at start-up (issue 19).
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Target that && kind.equals(that.kind) && name.equals(that.name);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + name.hashCode();
        }
    }

    private static final Comparator<Target> ORDER = new TargetOrder();

    /** Targets by kind in apply order, then by name; a named class, as combinators link call sites at start. */
    private static final class TargetOrder implements Comparator<Target> {
        @Override
        public int compare(Target a, Target b) {
            int byKind = KindOrder.INSTANCE.compare(a.kind(), b.kind());
            return byKind != 0 ? byKind : a.name().compareTo(b.name());
        }
    }

    private final ResourceIndex index;
    private final Snapshot snapshot;
    private final Scope scope;
    private final List<Diagnostic> diagnostics;
    private final RedeployChecks redeploy;
    private final DeployDepartures departures;
    /** Whether the deploys are planned (not all skipped), so that a departure of one of them matters. */
    private boolean planning = true;

    /** The kinds {@code after} may name, in apply order. */
    private final List<ResourceKind<?>> deployableKinds;
    /** Every target, in declaration order, with all that is worked out about it. */
    private final Map<Target, Node> nodes = new LinkedHashMap<>();
    /** The targets, parents before children, once {@link #acyclic()} found no cycle. */
    private final List<Node> topological = new ArrayList<>();

    /**
     * One target and what is worked out about it, in one place: with tens of thousands of
     * targets, one lookup per target beats one per question.
     */
    private static final class Node {
        final Target target;
        final DeclaredResource<?> resource;
        /** The targets it comes after, resolved, each once. */
        List<Node> parents = List.of();
        /** For each of {@link #parents}, the index of its first entry in {@code after}. */
        List<Integer> parentEntries = List.of();
        /** The targets that come after it. */
        List<Node> children = List.of();
        /** Why it deploys, or empty; null until decided. */
        Optional<String> decision;
        /** Why it does not deploy, once decided so. */
        String notDeploying;
        boolean deciding;
        /** Parents not yet placed, while ordering. */
        int waiting;
        /** Its stage, from 1, once it deploys. */
        int stage;

        Node(Target target, DeclaredResource<?> resource) {
            this.target = target;
            this.resource = resource;
        }

        boolean deploys() {
            return decision.isPresent();
        }
    }

    DeployPlanner(ResourceIndex index, Snapshot snapshot, Scope scope, List<Diagnostic> diagnostics) {
        this.index = index;
        this.snapshot = snapshot;
        this.scope = scope;
        this.diagnostics = diagnostics;
        this.redeploy = new RedeployChecks(index, snapshot);
        this.departures = new DeployDepartures(index, scope, diagnostics);
        List<ResourceKind<?>> deployable = new ArrayList<>();
        for (ResourceKind<?> kind : index.kinds()) {
            if (kind.deployable()) {
                deployable.add(kind);
            }
        }
        this.deployableKinds = List.copyOf(deployable);
    }

    /**
     * The deploy plan of the declared targets; {@code skipAll} gives every target that reason
     * instead (include_resources off).
     */
    DeployPlan plan(List<DeclaredResource<?>> declarations, Optional<String> skipAll) {
        if (!check(declarations)) {
            return DeployPlan.none();
        }
        List<DeployPlan.SkippedDeploy> skipped = new ArrayList<>();
        planning = skipAll.isEmpty();
        for (Node node : nodes.values()) {
            decide(node);
        }
        if (skipAll.isPresent()) {
            nodes.keySet().stream().sorted(ORDER)
                    .forEach(t -> skipped.add(new DeployPlan.SkippedDeploy(t.kind(), t.name(), skipAll.get())));
            departures.withoutResources(inOrder(nodes.values()).stream().filter(Node::deploys)
                    .<DeclaredResource<?>>map(n -> n.resource).toList());
            return new DeployPlan(List.of(), skipped);
        }
        reportDepartures();
        List<Node> ordered = inOrder(nodes.values());
        List<Node> deploying = new ArrayList<>();
        for (Node node : ordered) {
            if (node.deploys()) {
                deploying.add(node);
            } else {
                skipped.add(new DeployPlan.SkippedDeploy(node.target.kind(), node.target.name(), node.notDeploying));
            }
        }
        return new DeployPlan(stages(deploying), skipped);
    }

    /**
     * The checks of {@code after} alone, deciding no deploy: unknown and ambiguous names, and
     * cycles. Whether there is no cycle.
     */
    boolean check(List<DeclaredResource<?>> declarations) {
        for (DeclaredResource<?> resource : declarations) {
            if (resource.kind().deployable() && resource.deploy()) {
                Target target = new Target(resource.kind(), resource.name());
                nodes.putIfAbsent(target, new Node(target, resource));
            }
        }
        for (Node node : nodes.values()) {
            resolveAfter(node);
        }
        return !hasCycles();
    }

    /** Where the deploys depart from what Komodo v2.3.2 would deploy, once every target is decided. */
    private void reportDepartures() {
        List<DeclaredResource<?>> targets = new ArrayList<>(nodes.size());
        for (Node node : nodes.values()) {
            targets.add(node.resource);
        }
        departures.restrictedRun(targets);
        for (Node node : nodes.values()) {
            if (!node.deploys()) {
                continue;
            }
            for (int i = 0; i < node.parents.size(); i++) {
                Node parent = node.parents.get(i);
                if (parent.deploys()) {
                    departures.afterEntry(node.resource, node.parentEntries.get(i), parent.target.kind(),
                            parent.target.name());
                }
            }
        }
    }

    /** Resolves the declared deploy targets {@code after} names into the node's parents; reports unknown and ambiguous names. */
    private void resolveAfter(Node node) {
        DeclaredResource<?> resource = node.resource;
        List<Node> resolved = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        List<String> after = resource.after();
        for (int i = 0; i < after.size(); i++) {
            String name = after.get(i);
            List<ResourceKind<?>> kinds = new ArrayList<>(1);
            for (ResourceKind<?> kind : deployableKinds) {
                if (index.known(kind, name)) {
                    kinds.add(kind);
                }
            }
            if (kinds.size() != 1) {
                reportUnresolvedAfter(resource, i, name, kinds);
                continue;
            }
            Node parent = nodes.get(new Target(kinds.get(0), name));
            if (parent != null && !resolved.contains(parent)) {
                resolved.add(parent);
                entries.add(i);
            }
        }
        node.parents = resolved;
        node.parentEntries = entries;
    }

    /**
     * Reports {@code after} entry {@code i}, {@code name}, which names no deployable resource or
     * more than one ({@code kinds}). Apart from {@link #resolveAfter}, which runs for every entry:
     * the messages and the stream of candidates, compiled into it, cost every run's compiler.
     */
    private void reportUnresolvedAfter(DeclaredResource<?> resource, int i, String name, List<ResourceKind<?>> kinds) {
        String owner = resource.kind().key() + " `" + resource.name() + "`";
        if (kinds.isEmpty()) {
            Set<String> candidates = new TreeSet<>();
            index.kinds().stream().filter(ResourceKind::deployable).forEach(k -> candidates.addAll(index.names(k)));
            if (!index.existingKnown()) {
                diagnostics.add(ReferenceChecks.undeclared(owner + ": after names `" + name + "`, which no file"
                        + " declares as a deployment or stack", resource.sources().locate("after[" + i + "]"),
                        Suggestions.closest(name, candidates).map(s -> "did you mean `" + s + "`?")));
                return;
            }
            diagnostics.add(Diagnostic.of(DiagnosticCode.UNKNOWN_DEPENDENCY, owner + ": after names `" + name
                            + "`, which is neither a deployment nor a stack, declared or existing")
                    .at(resource.sources().locate("after[" + i + "]"))
                    .withHint(Suggestions.closest(name, candidates).map(s -> "did you mean `" + s + "`?")
                            .orElse("list deployments and stacks to deploy first, by name")));
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.AMBIGUOUS_DEPENDENCY, owner + ": after names `" + name
                        + "`, which is both a " + kinds.get(0).key() + " and a " + kinds.get(1).key())
                .at(resource.sources().locate("after[" + i + "]"))
                .withHint("rename one of them: `after` cannot say which is meant"));
    }

    /** Reports every cycle of {@code after} dependencies, naming its members in order. */
    private boolean hasCycles() {
        if (acyclic()) {
            return false;
        }
        // Edges point from a target to what it comes after, so that a cycle reads in `after` order.
        List<List<Target>> cycles = Cycles.shortestPerComponent(nodes.keySet(),
                target -> nodes.get(target).parents.stream().map(parent -> parent.target).toList(), ORDER);
        for (List<Target> cycle : cycles) {
            StringBuilder path = new StringBuilder();
            cycle.forEach(t -> path.append(t.name()).append(" → "));
            path.append(cycle.get(0).name());
            DeclaredResource<?> start = nodes.get(cycle.get(0)).resource;
            int entry = start.after().indexOf(cycle.size() == 1 ? start.name() : cycle.get(1).name());
            diagnostics.add(Diagnostic.of(DiagnosticCode.DEPENDENCY_CYCLE, "deploy dependencies form a cycle: " + path)
                    .at(start.sources().locate(entry < 0 ? "after" : "after[" + entry + "]"))
                    .withHint("x → y means x comes after y, so none of them can deploy first; remove one of these entries"));
        }
        return !cycles.isEmpty();
    }

    /**
     * Whether the {@code after} graph has no cycle: every target can be placed once its parents
     * are (Kahn's algorithm), which costs far less than finding the cycles, and almost always holds.
     */
    private boolean acyclic() {
        Deque<Node> ready = new ArrayDeque<>();
        for (Node node : nodes.values()) {
            node.waiting = node.parents.size();
            if (node.waiting == 0) {
                ready.add(node);
            }
            for (Node parent : node.parents) {
                if (parent.children.isEmpty()) {
                    parent.children = new ArrayList<>();
                }
                parent.children.add(node);
            }
        }
        topological.clear();
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            topological.add(node);
            for (Node child : node.children) {
                if (--child.waiting == 0) {
                    ready.add(child);
                }
            }
        }
        return topological.size() == nodes.size();
    }

    /** Decides one target (memoised; the first decision stands), and every parent it needs. */
    private Optional<String> decide(Node node) {
        if (node.decision != null) {
            return node.decision;
        }
        if (node.deciding) {
            return Optional.empty();
        }
        node.deciding = true;
        Optional<String> reason = reason(node);
        node.deciding = false;
        node.decision = reason;
        return reason;
    }

    private Optional<String> reason(Node node) {
        Target target = node.target;
        DeclaredResource<?> declared = node.resource;
        Optional<String> outOfScope = scope.why(declared.resource());
        if (outOfScope.isPresent()) {
            node.notDeploying = outOfScope.get();
            return Optional.empty();
        }
        Optional<ExistingResource<?>> any = index.existing(target.kind(), target.name());
        Optional<ExistingResource<?>> existing = any.isPresent() && scope.includes(any.get().resource()) ? any
                : Optional.empty();
        if (existing.isEmpty() && any.isPresent()) {
            // KS414: the create is left out of the plan, and so is its deploy.
            node.notDeploying = "not created: a " + target.kind().key() + " of that name exists outside this sync's scope";
            return Optional.empty();
        }
        if (existing.isEmpty()) {
            return Optional.of("deploy on creation");
        }
        RuntimeState.TargetState state = snapshot.runtime().state(target.kind(), target.name())
                .orElse(RuntimeState.TargetState.of("unknown"));
        if (state.state().equals("unknown")) {
            node.notDeploying = "state is unknown (Komodo cannot reach it, or has not checked yet)";
            return Optional.empty();
        }
        if (!state.state().equals("running")) {
            return Optional.of(kindName(target) + " has " + state.state() + " state");
        }
        Optional<String> files = RedeployChecks.changedFiles(state);
        if (files.isPresent()) {
            return files;
        }
        List<String> changed = redeploy.changedTriggers(declared, existing.get());
        if (!changed.isEmpty()) {
            return Optional.of(kindName(target) + " config has changed (" + String.join(", ", changed) + ")");
        }
        Optional<String> newBuild = redeploy.newBuildVersion(existing.get(), state);
        if (planning) {
            departures.buildVersion(declared, newBuild, redeploy.komodoNewBuildVersion(existing.get(), state));
        }
        if (newBuild.isPresent()) {
            return newBuild;
        }
        for (Node parent : node.parents) {
            if (decide(parent).isPresent()) {
                if (planning && redeploy.komodoStopsBeforeCascade(existing.get())) {
                    departures.neverBuilt(declared, parent.target.name());
                }
                return Optional.of("parent dependency '" + parent.target.name() + "' is deploying");
            }
        }
        node.notDeploying = "running, no relevant change";
        return Optional.empty();
    }

    /**
     * {@code nodes} in {@link #ORDER}: kind by kind, each by name ({@link NameOrder}).
     */
    private static List<Node> inOrder(Collection<Node> nodes) {
        Map<ResourceKind<?>, List<Node>> byKind = new LinkedHashMap<>();
        for (Node node : nodes) {
            List<Node> ofKind = byKind.get(node.target.kind());
            if (ofKind == null) {
                ofKind = new ArrayList<>();
                byKind.put(node.target.kind(), ofKind);
            }
            ofKind.add(node);
        }
        List<ResourceKind<?>> kinds = new ArrayList<>(byKind.keySet());
        kinds.sort(KindOrder.INSTANCE);
        List<Node> ordered = new ArrayList<>(nodes.size());
        for (ResourceKind<?> kind : kinds) {
            List<Node> ofKind = byKind.get(kind);
            String[] names = new String[ofKind.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = ofKind.get(i).target.name();
            }
            for (int position : NameOrder.of(names)) {
                ordered.add(ofKind.get(position));
            }
        }
        return ordered;
    }

    private static String kindName(Target target) {
        return target.kind().displayName().toLowerCase(Locale.ROOT);
    }

    /**
     * Topological layers: a target's stage is one more than the latest stage of its deploying
     * parents. Worked out in {@link #topological} order, parents first; each stage lists its
     * targets in {@code deploying}'s order.
     */
    private List<List<DeployPlan.Deploy>> stages(List<Node> deploying) {
        int last = 0;
        for (Node node : topological) {
            if (!node.deploys()) {
                continue;
            }
            int stage = 1;
            for (Node parent : node.parents) {
                if (parent.deploys()) {
                    stage = Math.max(stage, parent.stage + 1);
                }
            }
            node.stage = stage;
            last = Math.max(last, stage);
        }
        List<List<DeployPlan.Deploy>> stages = new ArrayList<>(last);
        for (int number = 1; number <= last; number++) {
            stages.add(new ArrayList<>());
        }
        for (Node node : deploying) {
            List<String> after = new ArrayList<>(node.parents.size());
            for (Node parent : node.parents) {
                if (parent.deploys()) {
                    after.add(parent.target.name());
                }
            }
            stages.get(node.stage - 1).add(new DeployPlan.Deploy(
                    node.target.kind(), node.target.name(), node.decision.orElseThrow(), after));
        }
        return stages;
    }
}
