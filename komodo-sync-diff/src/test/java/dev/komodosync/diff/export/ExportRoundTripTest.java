package dev.komodosync.diff.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.export.internal.TomlText;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export round trips (a departure: Komodo's export does not): exporting a snapshot and planning the
 * result against it plans nothing; loading, exporting and loading again gives the same
 * declarations. Over seeded random worlds whose strings hold backslashes, quotes, {@code """},
 * unicode, empty strings and line breaks, and over the repository's own sync files.
 */
class ExportRoundTripTest {

    private static final SyncOptions EVERYTHING = SyncOptions.builder()
            .delete(true).includeVariables(true).includeUserGroups(true).build();

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 3).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void anExportedSnapshotPlansNothingAgainstItself(long seed) {
        WorldGenerator.World world = new WorldGenerator(seed).generate();
        for (boolean secrets : new boolean[] {true, false}) {
            ExportResult export = Exporter.export(world.snapshot(), ExportOptions.builder()
                    .includeVariables(true).includeUserGroups(true).includeSecrets(secrets).build());
            assertThat(export.diagnostics()).isEmpty();
            LoadResult loaded = SyncLoader.create().loadString("export.toml", export.toml());
            assertThat(loaded.errors()).as(export.toml()).isEmpty();
            PlanResult plan = Planner.plan(loaded.declaration(), world.snapshot(), EVERYTHING);
            assertThat(plan.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString)).isEmpty();
            if (secrets) {
                assertThat(PlanText.render(plan.plan().orElseThrow(), false)).as(export.toml()).startsWith("No changes.");
                assertThat(export.secretsLeftOut()).isEmpty();
            } else {
                assertOnlySecretsDiffer(plan.plan().orElseThrow(), export);
                assertThat(secretValues(loaded.declaration())).as(export.toml()).isEmpty();
            }
        }
    }

    /** Without secrets, the plan changes nothing but the secret fields the export says it left out. */
    private static void assertOnlySecretsDiffer(Plan plan, ExportResult export) {
        assertThat(plan.resources()).allSatisfy(change -> {
            assertThat(change).isInstanceOf(ResourceChange.Update.class);
            for (FieldChange field : ((ResourceChange.Update) change).changes()) {
                String prefix = change.kind().key() + " " + TomlText.basic(change.name()) + ": " + field.path();
                assertThat(export.secretsLeftOut()).anyMatch(what -> what.replace("[]", "").startsWith(prefix));
            }
        });
        assertThat(plan.userGroups()).isEmpty();
        assertThat(plan.variables()).allSatisfy(v -> assertThat(export.secretsLeftOut())
                .contains("variable " + TomlText.basic(v.name()) + ": value"));
    }

    /** Every secret value a declaration holds: none, when read from an export without secrets. */
    private static List<String> secretValues(Declaration declaration) {
        List<String> values = new ArrayList<>();
        for (DeclaredResource<?> resource : declaration.resources()) {
            ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "", field -> {
                if (field.value() instanceof Secret secret && !secret.isEmpty()) {
                    values.add(resource.name() + " " + field.path());
                }
            });
        }
        declaration.variables().stream().filter(v -> v.variable().secret() && !v.variable().value().isEmpty())
                .forEach(v -> values.add(v.variable().name()));
        return values;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aGeneratedDeclarationReadsBackEqual(long seed) {
        Declaration declaration = new WorldGenerator(seed).generate().declaration();
        assertReadsBackEqual(declaration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/sync", "homelab/sync"})
    void theExamplesReadBackEqual(String example) {
        LoadResult loaded = SyncLoader.create().load(Path.of("../examples", example));
        assertThat(loaded.errors()).isEmpty();
        assertReadsBackEqual(loaded.declaration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"realistic", "seed-example.toml"})
    void theParsersFixturesReadBackEqual(String fixture) {
        LoadResult loaded = SyncLoader.create().load(Path.of("../komodo-sync-parser/src/test/resources", fixture));
        assertThat(loaded.errors()).isEmpty();
        assertReadsBackEqual(loaded.declaration());
    }

    private static void assertReadsBackEqual(Declaration declaration) {
        String toml = Exporter.export(declaration, ExportOptions.builder().includeVariables(true).includeUserGroups(true)
                .includeSecrets(true).build());
        LoadResult again = SyncLoader.create().loadString("export.toml", toml);
        assertThat(again.errors()).as(toml).isEmpty();
        for (var kind : declaration.resources().stream().map(DeclaredResource::kind).distinct().toList()) {
            assertThat(resources(again.declaration(), kind)).as(kind.key()).isEqualTo(resources(declaration, kind));
        }
        assertThat(again.declaration().resources()).hasSameSizeAs(declaration.resources());
        assertThat(again.declaration().variables().stream().map(v -> v.variable()).toList())
                .isEqualTo(declaration.variables().stream().map(v -> v.variable()).toList());
        assertThat(again.declaration().userGroups().stream().map(g -> g.group()).toList())
                .isEqualTo(declaration.userGroups().stream().map(g -> g.group()).toList());
    }

    private static List<String> resources(Declaration declaration, dev.komodosync.model.ResourceKind<?> kind) {
        return declaration.resources(kind).stream()
                .map(r -> describe(r.resource()) + " deploy=" + r.deploy() + " after=" + r.after()).toList();
    }

    private static String describe(Resource<?> resource) {
        return resource + " config=" + dev.komodosync.model.meta.internal.ValueJson.toJson(ConfigTypes.of(resource.kind().configClass()),
                resource.config(), dev.komodosync.model.meta.internal.ValueJson.Style.api());
    }
}
