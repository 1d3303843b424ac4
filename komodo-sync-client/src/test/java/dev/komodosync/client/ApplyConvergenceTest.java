package dev.komodosync.client;

import static dev.komodosync.client.ApplyHarness.EVERYTHING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ApplyReportText;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.diff.snapshot.SnapshotWriter;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Convergence, as a seeded property: Core seeded with one generated world S, the declarations D of
 * another (same names, other configs, tags, groups, permissions: creates, updates and deletes of
 * every kind, {@code after} chains, procedures naming procedures, permissions on new resources);
 * apply {@code plan(D, S)} over HTTP, read S′ back, and {@code plan(D, S′)} changes nothing.
 *
 * <p>The rule for deploys: a deploy may remain in {@code plan(D, S′)} only because the emulator's
 * runtime says its target is not running: the apply reported it failed or skipped (a target on a
 * disabled server, or with no server, ends in a {@code Task Error}, as Core's would, and stops the
 * rounds after it), or its reason is its state ({@code stack has down state}: a deploy with a failed
 * log counts as deployed, as Komodo's does), or it waits {@code after} such a deploy. Every
 * resource, variable and user-group change must be gone, and no item but a deploy may fail.
 */
class ApplyConvergenceTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Math.max(3, Long.getLong("komodo.propertyCases", 300) / 30)).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void applyingAPlanConverges(long seed) throws Exception {
        String existing = SnapshotFetcherTest.withObjectIds(
                SnapshotWriter.write(managedSyncs(new WorldGenerator(seed * 2).generate().snapshot())));
        Declaration declared = declarable(new WorldGenerator(seed * 2 + 1).generate().declaration());
        try (KomodoEmulator core = KomodoEmulator.builder().seedJson(existing).port(0).build().start()) {
            Plan plan = ApplyHarness.plan(declared, ApplyHarness.fetch(core), EVERYTHING);

            ApplyReport report = ApplyHarness.apply(core, plan, ApplyOptions.defaults());

            assertThat(report.items()).as(ApplyReportText.render(report))
                    .filteredOn(o -> o.status() == ItemOutcome.Status.FAILED && !o.item().action().equals("deploy"))
                    .isEmpty();
            Plan after = ApplyHarness.plan(declared, ApplyHarness.fetch(core), EVERYTHING);
            String shown = PlanText.render(after, false) + "\n" + ApplyReportText.render(report);
            assertThat(after.resources()).as(shown).isEmpty();
            assertThat(after.variables()).as(shown).isEmpty();
            assertThat(after.userGroups()).as(shown).isEmpty();
            Set<String> notDeployed = report.items().stream()
                    .filter(o -> o.item().action().equals("deploy") && o.status() != ItemOutcome.Status.DONE)
                    .map(o -> o.item().kind() + " " + o.item().name()).collect(Collectors.toSet());
            List<DeployPlan.Deploy> remaining = after.deploys().stages().stream().flatMap(List::stream).toList();
            Set<String> remainingNames = remaining.stream().map(DeployPlan.Deploy::name).collect(Collectors.toSet());
            assertThat(remaining).as(shown).allMatch(d -> notDeployed.contains(d.kind().key() + " " + d.name())
                    || d.reason().contains(" state")
                    || d.after().stream().anyMatch(remainingNames::contains));
        }
    }

    /**
     * The generated declaration as a person could write it for Core: variable values without the
     * control characters Core refuses (komodo-api §3.8), and every deploy target but the first
     * coming {@code after} the one before it (chains of rounds); and the values Core normalises on
     * write (emulator rule 5: a deployment's {@code custom_name}, blank {@code extra_args}) already
     * normalised, since a declaration Core rewrites diffs forever, with Komodo's own sync too;
     * resource syncs that syncs manage, and no procedure running itself.
     */
    private static Declaration declarable(Declaration generated) {
        Declaration.Builder declaration = Declaration.builder();
        List<String> deployTargets = new ArrayList<>();
        for (DeclaredResource<?> generatedResource : generated.resources()) {
            DeclaredResource<?> resource = asCoreStores(generatedResource);
            if (resource.deploy() && resource.kind().deployable()) {
                List<String> after = deployTargets.isEmpty() ? List.of() : List.of(deployTargets.get(deployTargets.size() - 1));
                deployTargets.add(resource.name());
                declaration.add(resource.withDeploy(true, after));
            } else {
                declaration.add(resource);
            }
        }
        for (DeclaredVariable variable : generated.variables()) {
            Variable v = variable.variable();
            declaration.add(new Variable(v.name(), Secret.of(v.value().reveal().replaceAll("\\p{Cntrl}", "")),
                    v.description(), v.secret()));
        }
        generated.userGroups().forEach(declaration::add);
        return declaration.build();
    }

    /** Every resource sync of a world made one that syncs manage (files on host), so that plans may touch it. */
    private static Snapshot managedSyncs(Snapshot world) {
        List<ExistingResource<?>> resources = world.resources().stream()
                .<ExistingResource<?>>map(ApplyConvergenceTest::managed).toList();
        return new Snapshot(world.komodoVersion(), world.tags(), resources, world.variables(), world.userGroups(),
                world.permissions(), world.users(), world.runtime());
    }

    private static <C> ExistingResource<C> managed(ExistingResource<C> existing) {
        return new ExistingResource<>(existing.id(), existing.resource().withConfig(managed(existing.kind(),
                existing.resource().config())));
    }

    private static <C> C managed(ResourceKind<C> kind, C config) {
        if (!kind.equals(KomodoKinds.RESOURCE_SYNC)) {
            return config;
        }
        RecordType type = RecordType.of(kind.configClass());
        return kind.configClass().cast(type.with(type.with(config, "files_on_host", true), "file_contents", ""));
    }

    private static <C> DeclaredResource<C> asCoreStores(DeclaredResource<C> declared) {
        if (!(ConfigTypes.of(declared.kind().configClass()) instanceof RecordType type)) {
            return declared;
        }
        // A procedure may not run itself (komodo-api §3.4): references to itself are dropped.
        Object config = WorldGenerator.references(type, managed(declared.kind(), declared.resource().config()),
                name -> name.equals(declared.name()) && declared.kind().equals(KomodoKinds.PROCEDURE) ? "" : name);
        if (type.field("extra_args").isPresent()) {
            List<?> args = (List<?>) type.get(config, type.field("extra_args").get());
            config = type.with(config, "extra_args", args.stream().filter(a -> !a.toString().isBlank()).toList());
        }
        if (declared.kind().equals(KomodoKinds.DEPLOYMENT)) {
            String custom = (String) type.get(config, type.field("custom_name").get());
            config = type.with(config, "custom_name", custom.isBlank() ? custom : KomodoKinds.DEPLOYMENT.nameRule().apply(custom));
        }
        C typed = declared.kind().configClass().cast(config);
        return new DeclaredResource<>(declared.resource().withConfig(typed), declared.deploy(), declared.after(),
                declared.sources());
    }
}
