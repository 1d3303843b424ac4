package dev.komodosync.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the planner over seeded random worlds ({@link WorldGenerator}): declaring what
 * exists, exactly as it is, plans nothing; planning is deterministic to the byte; a secret changed
 * alone changes the fingerprint; and no input makes the planner throw.
 * {@code -Dkomodo.propertyCases=N} (the {@code long-tests} profile) runs more.
 */
class PlannerPropertiesTest {

    private static final SyncOptions EVERYTHING = SyncOptions.builder()
            .delete(true).includeVariables(true).includeUserGroups(true).build();

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 3).boxed();
    }

    @org.junit.jupiter.api.Test
    void theGeneratedWorldsAreNotTrivial() {
        int withIds = 0;
        int resources = 0;
        for (long seed = 1; seed <= 20; seed++) {
            WorldGenerator.World world = new WorldGenerator(seed).generate();
            resources += world.snapshot().resources().size();
            for (int i = 0; i < world.snapshot().resources().size(); i++) {
                if (!world.snapshot().resources().get(i).resource().config()
                        .equals(world.declaration().resources().get(i).resource().config())) {
                    withIds++;
                }
            }
        }
        assertThat(resources).isGreaterThan(200);
        assertThat(withIds).as("resources whose stored config holds ids where the declaration has names")
                .isGreaterThan(30);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void declaringWhatExistsAsItIsPlansNothing(long seed) {
        WorldGenerator.World world = new WorldGenerator(seed).generate();
        assertThat(world.declaration().resources()).hasSameSizeAs(world.snapshot().resources());
        PlanResult result = Planner.plan(world.declaration(), world.snapshot(), EVERYTHING);
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString)).isEmpty();
        Plan plan = result.plan().orElseThrow();
        assertThat(PlanText.render(plan, false)).startsWith("No changes.");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void planningTwiceGivesByteIdenticalJson(long seed) {
        WorldGenerator.World world = new WorldGenerator(seed).generate();
        Declaration changed = perturb(world.declaration(), new Random(seed));
        String first = PlanJson.render(Planner.plan(changed, world.snapshot(), EVERYTHING));
        String second = PlanJson.render(Planner.plan(changed, world.snapshot(), EVERYTHING));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aSecretChangedAloneChangesTheFingerprint(long seed) {
        WorldGenerator.World world = new WorldGenerator(seed).generate();
        Declaration one = withSecretVariable(world.declaration(), "first value");
        Declaration two = withSecretVariable(world.declaration(), "second value");
        Snapshot snapshot = world.snapshot();
        Plan first = Planner.plan(one, snapshot, EVERYTHING).plan().orElseThrow();
        Plan second = Planner.plan(two, snapshot, EVERYTHING).plan().orElseThrow();
        assertThat(PlanJson.render(second, List.of()).replace(second.fingerprint(), first.fingerprint()))
                .isEqualTo(PlanJson.render(first, List.of()));
        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void noInputMakesThePlannerThrow(long seed) {
        Random random = new Random(seed);
        WorldGenerator.World world = new WorldGenerator(seed).generate();
        WorldGenerator.World other = new WorldGenerator(seed + 1_000_000).generate();
        Declaration messy = Declaration.builder().addAll(perturb(world.declaration(), random))
                .addAll(other.declaration()).build();
        Declaration.Builder withChaos = Declaration.builder().addAll(messy);
        chaos(other.declaration(), random).forEach(withChaos::add);
        Declaration all = withChaos.build();
        assertThatCode(() -> {
            PlanResult result = Planner.plan(all, world.snapshot(), EVERYTHING);
            PlanJson.render(result);
            PlanText.render(result, true);
            assertThat(result.plan().isPresent()).isEqualTo(result.diagnostics().stream().noneMatch(Diagnostic::isError));
        }).doesNotThrowAnyException();
    }

    /** Changes a few descriptions and tags, and declares a new resource, so that the plan is not empty. */
    private static Declaration perturb(Declaration declaration, Random random) {
        Declaration.Builder builder = Declaration.builder();
        for (DeclaredResource<?> resource : declaration.resources()) {
            builder.add(random.nextInt(3) == 0 ? withDescription(resource, "changed " + random.nextInt(100)) : resource);
        }
        declaration.variables().forEach(builder::add);
        declaration.userGroups().forEach(builder::add);
        builder.add(Resource.withDefaults(dev.komodosync.model.KomodoKinds.SERVER, "brand-new"));
        return builder.build();
    }

    /** Deploys with dependencies that may be unknown, ambiguous or cyclic, and duplicate names. */
    private static List<DeclaredResource<?>> chaos(Declaration declaration, Random random) {
        List<DeclaredResource<?>> messy = new ArrayList<>();
        List<String> names = declaration.resources().stream().map(DeclaredResource::name).toList();
        for (DeclaredResource<?> resource : declaration.resources()) {
            List<String> after = new ArrayList<>();
            for (int i = 0; i < random.nextInt(3) && !names.isEmpty(); i++) {
                after.add(random.nextInt(5) == 0 ? "unknown-" + i : names.get(random.nextInt(names.size())));
            }
            messy.add(resource.withDeploy(true, after));
        }
        return messy;
    }

    private static <C> DeclaredResource<C> withDescription(DeclaredResource<C> resource, String description) {
        return new DeclaredResource<>(resource.resource().withDescription(description), resource.deploy(), resource.after(),
                resource.sources());
    }

    private static Declaration withSecretVariable(Declaration declaration, String value) {
        return Declaration.builder().addAll(declaration)
                .add(new Variable("ZZ_SECRET", Secret.of(value), "", true)).build();
    }
}
