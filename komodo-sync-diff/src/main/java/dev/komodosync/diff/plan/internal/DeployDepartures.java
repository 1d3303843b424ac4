package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The places where the deploy plan departs from what Komodo v2.3.2 would execute, each reported
 * as an info diagnostic: someone who previews here and then runs the sync in Komodo should know.
 * Reported only where the departure changes the plan.
 */
final class DeployDepartures {

    /** How many names a message lists before it says how many more there are. */
    private static final int LISTED = 5;

    private final ResourceIndex index;
    private final Scope scope;
    private final List<Diagnostic> diagnostics;

    DeployDepartures(ResourceIndex index, Scope scope, List<Diagnostic> diagnostics) {
        this.index = index;
        this.scope = scope;
        this.diagnostics = diagnostics;
    }

    /**
     * Behaviour §5.4: entry {@code entry} of {@code resource}'s {@code after} names {@code parent},
     * resolved here as {@code resolved}, and {@code parent} deploys. Reported when Komodo would
     * type the name as the other kind, and so drop the dependency.
     */
    void afterEntry(DeclaredResource<?> resource, int entry, ResourceKind<?> resolved, String parent) {
        Optional<ResourceKind<?>> komodo = komodoAfterKind(resource, parent);
        if (komodo.isEmpty() || komodo.get().equals(resolved)) {
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.AFTER_ACROSS_KINDS, resource.kind().key() + " `" + resource.name()
                        + "`: after names " + resolved.key() + " `" + parent + "`, which deploys; Komodo v2.3.2 would"
                        + " resolve it as a " + komodo.get().key() + " and drop it, so it would neither deploy this"
                        + " after `" + parent + "` nor because `" + parent + "` deploys")
                .at(resource.sources().locate("after[" + entry + "]"))
                .withHint("this plan orders and cascades the deploy as `after` says"));
    }

    /**
     * The kind Komodo v2.3.2's code gives an {@code after} name (behaviour §5.4): an existing
     * deployment; else a deployment if a deployment is declared with the resource's own name;
     * else an existing stack; else a stack if a stack is declared with the resource's own name.
     * What exists is seen through the run's filters, as in Komodo's execution (§5.1). Empty for
     * kinds other than Komodo's deployments and stacks.
     */
    private Optional<ResourceKind<?>> komodoAfterKind(DeclaredResource<?> resource, String name) {
        if (!resource.kind().equals(KomodoKinds.DEPLOYMENT) && !resource.kind().equals(KomodoKinds.STACK)) {
            return Optional.empty();
        }
        if (existsInScope(KomodoKinds.DEPLOYMENT, name)
                || index.declared(KomodoKinds.DEPLOYMENT, resource.name()).isPresent()) {
            return Optional.of(KomodoKinds.DEPLOYMENT);
        }
        if (existsInScope(KomodoKinds.STACK, name) || index.declared(KomodoKinds.STACK, resource.name()).isPresent()) {
            return Optional.of(KomodoKinds.STACK);
        }
        return Optional.empty();
    }

    private boolean existsInScope(ResourceKind<?> kind, String name) {
        Optional<ExistingResource<?>> existing = index.existing(kind, name);
        return existing.isPresent() && scope.includes(existing.get().resource());
    }

    /**
     * Behaviour §5.1: in a restricted run, Komodo filters only what exists, so it deploys every
     * declared {@code deploy = true} target outside the restriction "on creation" (those carrying
     * the match tags, which Komodo does filter); this plan deploys none of them. {@code targets}
     * are every declared target.
     */
    void restrictedRun(List<DeclaredResource<?>> targets) {
        List<DeclaredResource<?>> outside = new ArrayList<>();
        for (DeclaredResource<?> target : targets) {
            if (!scope.coveredByRestriction(target.kind().key(), target.name()) && scope.matchesTags(target.resource().tags())) {
                outside.add(target);
            }
        }
        outside.sort(ByKindAndName.INSTANCE);
        if (outside.isEmpty()) {
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.RESTRICTED_RUN_DEPLOYS, "in this restricted run Komodo v2.3.2"
                        + " would also deploy " + count(outside.size()) + " outside the restriction (\"deploy on"
                        + " creation\": it filters only what exists): " + names(outside) + "; this plan does not")
                .withHint("to deploy them, run without --only"));
    }

    /**
     * Behaviour §3.3: with {@code include_resources} off, Komodo's execution still deploys; the
     * {@code deploying} targets are those it would deploy, which this plan leaves out.
     */
    void withoutResources(List<DeclaredResource<?>> deploying) {
        if (deploying.isEmpty()) {
            return;
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.DEPLOYS_WITHOUT_RESOURCES, "include_resources is off, so this plan"
                        + " deploys nothing; Komodo v2.3.2 would still deploy " + count(deploying.size()) + ": "
                        + names(deploying))
                .withHint("turn include_resources on to plan their deploys"));
    }

    /**
     * Behaviour §5.2: the build-version check decided {@code ours}, where Komodo's inverted check
     * decides {@code komodo}; reported when one deploys and the other does not.
     */
    void buildVersion(DeclaredResource<?> resource, Optional<String> ours, Optional<String> komodo) {
        if (ours.isPresent() == komodo.isPresent()) {
            return;
        }
        String message = resource.kind().key() + " `" + resource.name() + "` "
                + (ours.isPresent()
                        ? "tracks its build's latest version and redeploys (" + ours.get() + "); Komodo v2.3.2's"
                                + " inverted check never redeploys such a deployment for a new build"
                        : "is pinned to a build version and does not redeploy for the build's newer version;"
                                + " Komodo v2.3.2's inverted check would redeploy it (" + komodo.get() + ")");
        diagnostics.add(Diagnostic.of(DiagnosticCode.BUILD_VERSION_REDEPLOY, message)
                .at(resource.sources().locate("config.image"))
                .withHint("this plan follows Komodo's documented behaviour, not its code (behaviour §5.2)"));
    }

    /**
     * Behaviour §5.2: {@code resource}, pinned to a version of a build that was never built,
     * deploys because {@code parent} does; Komodo's inverted check stops before the cascade.
     */
    void neverBuilt(DeclaredResource<?> resource, String parent) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.BUILD_VERSION_REDEPLOY, resource.kind().key() + " `"
                        + resource.name() + "` deploys because `" + parent + "` deploys; Komodo v2.3.2 would not: its"
                        + " inverted build-version check finds the pinned build never built and stops before `after`")
                .at(resource.sources().locate("config.image"))
                .withHint("this plan follows Komodo's documented behaviour, not its code (behaviour §5.2)"));
    }

    /** Declarations by kind in apply order, then by name; a named class, as combinators link call sites at start. */
    private static final class ByKindAndName implements Comparator<DeclaredResource<?>> {
        static final ByKindAndName INSTANCE = new ByKindAndName();

        @Override
        public int compare(DeclaredResource<?> a, DeclaredResource<?> b) {
            int byKind = KindOrder.INSTANCE.compare(a.kind(), b.kind());
            return byKind != 0 ? byKind : a.name().compareTo(b.name());
        }
    }

    private static String count(int targets) {
        return targets + " deploy = true " + (targets == 1 ? "target" : "targets");
    }

    private static String names(List<DeclaredResource<?>> resources) {
        List<String> listed = resources.stream().limit(LISTED).map(r -> r.kind().key() + " " + r.name()).toList();
        return String.join(", ", listed) + (resources.size() > LISTED ? ", …" : "");
    }
}
