package dev.komodosync.diff.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of an export of every kind, and what it fixes in Komodo's export. */
class ExportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/export/all-kinds.expected.toml");

    /** The snapshot of everything {@code all-kinds.toml} declares, ids in references as Komodo stores them. */
    static Snapshot snapshot() throws IOException {
        LoadResult declared = SyncLoader.create().load(Path.of("src/test/resources/export/all-kinds.toml"));
        assertThat(declared.errors()).isEmpty();
        Snapshot.Builder snapshot = Snapshot.builder();
        for (DeclaredResource<?> resource : declared.declaration().resources()) {
            add(snapshot, resource);
        }
        declared.declaration().variables().forEach(v -> snapshot.add(v.variable()));
        snapshot.add(new Snapshot.User("user-anna", "anna"));
        for (DeclaredUserGroup group : declared.declaration().userGroups()) {
            snapshot.add(new Snapshot.ExistingUserGroup("group-" + group.name(), group.name(), false, List.of("user-anna"),
                    group.group().all()));
            snapshot.add(new Snapshot.StoredPermission("group-" + group.name(), ResourceTargetVariant.SERVER, "id-nas",
                    group.group().permissions().get(0).level(), group.group().permissions().get(0).specific()));
        }
        return snapshot.build();
    }

    private static <C> void add(Snapshot.Builder snapshot, DeclaredResource<C> resource) {
        C stored = resource.kind().configClass().cast(
                WorldGenerator.references(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), name -> "id-" + name));
        snapshot.add(new ExistingResource<>("id-" + resource.name(), resource.resource().withConfig(stored)));
    }

    @Test
    void exportMatchesTheGoldenFile() throws IOException {
        Declaration files = SyncLoader.create().load(Path.of("src/test/resources/export/all-kinds.toml")).declaration();
        ExportResult export = Exporter.export(snapshot(), ExportOptions.builder().includeVariables(true)
                .includeUserGroups(true).includeSecrets(true).existing(files).build());
        assertThat(export.diagnostics()).isEmpty();
        if (Boolean.getBoolean("komodo.updateGolden")) {
            Files.writeString(GOLDEN, export.toml(), StandardCharsets.UTF_8);
        }
        assertThat(export.toml()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theGoldenExportPlansNothingAgainstItsSnapshot() throws IOException {
        LoadResult loaded = SyncLoader.create().load(GOLDEN);
        assertThat(loaded.errors()).isEmpty();
        PlanResult plan = Planner.plan(loaded.declaration(), snapshot(), SyncOptions.builder().delete(true)
                .includeVariables(true).includeUserGroups(true).build());
        assertThat(plan.plan().orElseThrow().resources()).isEmpty();
        assertThat(plan.plan().orElseThrow().variables()).isEmpty();
        assertThat(plan.plan().orElseThrow().userGroups()).isEmpty();
    }

    @Test
    void whatKomodosExportLosesIsWritten() throws IOException {
        String toml = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertThat(toml).contains("send_unhealthy_alerts = false")     // behaviour §2.2
                .contains("branch = \"\"").contains("network = \"\"")   // pitfall §13.23: empty strings
                .contains("pattern = \"\\\\^web-[0-9]+$\\\\\"")    // #855, #1316: backslashes escaped
                .contains("data = \"key = value\\nother = 2\\n\"")      // §11.1: multi-line text in an execution
                .contains("execution.params = {}")                      // #672: empty params kept
                .contains("params = {}")                                // §11.2: builder params
                .contains("deploy = true").contains("after = [\"db\"]");
    }

    @Test
    void secretVariableValuesAreLeftOutUnlessAskedFor() throws IOException {
        ExportResult export = Exporter.export(snapshot(), ExportOptions.builder().includeVariables(true).build());
        assertThat(export.toml()).contains("name = \"TOKEN\"\nis_secret = true").doesNotContain("t0k3n")
                .contains("value = \"example.net\"");
    }

    @Test
    void anUnknownTagIsAnError() throws IOException {
        ExportResult export = Exporter.export(snapshot(), ExportOptions.builder().matchTags(List.of("nope")).build());
        assertThat(export.hasErrors()).isTrue();
        assertThat(export.diagnostics().get(0).code().code()).isEqualTo("KS501");
    }
}
