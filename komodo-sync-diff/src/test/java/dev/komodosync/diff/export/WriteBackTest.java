package dev.komodosync.diff.export;

import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-back over real folders: surgical edits, removed and added blocks, refusals that write nothing. */
class WriteBackTest {

    private static final String STACKS = """
            # Stacks of the homelab.
            # Keep this comment.

            [[stack]]
            name = "web"   # the website
            tags = ["apps"]
            deploy = true
            [stack.config]
            server = "nas"
            # the branch we ship from
            branch = "release"
            environment = \"""
            A = 1
            \"""

            ##

            [[stack]]
            name = "gone"
            config.server = "nas"

            # trailing comment
            """;

    private static final String SERVERS = "[[server]]\nname = \"nas\"\n";

    @TempDir
    Path dir;

    private Path sync;

    @BeforeEach
    void writeFolder() throws IOException {
        sync = dir.resolve("sync");
        Files.createDirectories(sync.resolve("stacks"));
        Files.writeString(sync.resolve("stacks/web.toml"), STACKS);
        Files.writeString(sync.resolve("servers.toml"), SERVERS);
    }

    /** What exists: the declarations with some changes applied, ids in references. */
    private static Snapshot snapshot(String stacks) {
        return existing(SERVERS + stacks.replace("server = \"nas\"", "server = \"id-nas\"")).build();
    }

    private WriteBackResult writeBack(Snapshot snapshot, ExportOptions export) {
        return WriteBack.prepare(sync, snapshot, new WriteBackOptions(export, WriteBackOptions.DEFAULT_TEMPLATE));
    }

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<none>";
            String y = i < b.size() ? b.get(i) : "<none>";
            if (!x.equals(y)) {
                changed.add(x + " => " + y);
            }
        }
        return changed;
    }

    @Test
    void anUpdatedFieldChangesOnlyItsLine() throws IOException {
        String existing = STACKS.replace("branch = \"release\"", "branch = \"hotfix\"");
        WriteBackResult result = writeBack(snapshot(existing), ExportOptions.defaults());
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.files()).hasSize(1);
        WriteBackResult.FileUpdate update = result.files().get(0);
        assertThat(changedLines(update.before().orElseThrow(), update.after()))
                .containsExactly("branch = \"release\" => branch = \"hotfix\"");
        assertThat(update.changes()).containsExactly("updated stack web: config.branch");
    }

    @Test
    void aMultiLineValueIsRewrittenInPlaceAndEverythingElseStaysByteIdentical() {
        String existing = STACKS.replace("A = 1\n", "A = 2\nB = 3\n");
        WriteBackResult result = writeBack(snapshot(existing), ExportOptions.defaults());
        assertThat(result.refused()).isFalse();
        assertThat(result.files().get(0).after()).isEqualTo(existing);
    }

    @Test
    void aValueBackAtItsDefaultIsRemovedAndANewOneInsertedInItsTable() {
        String existing = STACKS.replace("# the branch we ship from\nbranch = \"release\"\n", "# the branch we ship from\n")
                .replace("server = \"nas\"\n# the", "server = \"nas\"\nproject_name = \"site\"\n# the");
        WriteBackResult result = writeBack(snapshot(existing), ExportOptions.defaults());
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        String after = result.files().get(0).after();
        assertThat(after).doesNotContain("branch = ").contains("# the branch we ship from\n");
        assertThat(after).contains("environment = \"\"\"\nA = 1\n\"\"\"\nproject_name = \"site\"\n");
    }

    @Test
    void aFieldWrittenWithDottedKeysBesideNameIsUpdatedThere() {
        String existing = STACKS.replace("name = \"gone\"\nconfig.server = \"nas\"\n",
                "name = \"gone\"\nconfig.server = \"nas\"\nconfig.branch = \"dev\"\n");
        WriteBackResult result = writeBack(snapshot(existing), ExportOptions.defaults());
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.files().get(0).after()).isEqualTo(existing);
    }

    @Test
    void aResourceThatNoLongerExistsLosesItsBlockAndCommentsStay() {
        String existing = STACKS.substring(0, STACKS.indexOf("[[stack]]\nname = \"gone\""));
        WriteBackResult result = writeBack(snapshot(existing), ExportOptions.defaults());
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        String after = result.files().get(0).after();
        assertThat(after).doesNotContain("gone").startsWith("# Stacks of the homelab.\n# Keep this comment.\n\n[[stack]]\n")
                .endsWith("# trailing comment\n");
        assertThat(result.files().get(0).changes()).containsExactly("removed stack gone");
    }

    @Test
    void aResourceNoFileDeclaresLandsInTheTemplatedFile() throws IOException {
        Snapshot snapshot = snapshot(STACKS + "\n[[deployment]]\nname = \"api\"\nconfig.network = \"bridge\"\n");
        WriteBackResult result = WriteBack.prepare(sync, snapshot,
                new WriteBackOptions(ExportOptions.defaults(), "{kind}s/{name}.toml"));
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        WriteBackResult.FileUpdate created = result.files().stream().filter(f -> f.name().endsWith("deployments/api.toml"))
                .findFirst().orElseThrow();
        assertThat(created.before()).isEmpty();
        assertThat(created.after()).isEqualTo("[[deployment]]\nname = \"api\"\n[deployment.config]\nnetwork = \"bridge\"\n");
        result.write();
        assertThat(Files.readString(sync.resolve("deployments/api.toml"))).isEqualTo(created.after());
        assertThat(Files.readString(sync.resolve("stacks/web.toml"))).isEqualTo(STACKS);
    }

    @Test
    void nothingToWriteWhenTheFilesMatch() {
        WriteBackResult result = writeBack(snapshot(STACKS), ExportOptions.defaults());
        assertThat(result.refused()).isFalse();
        assertThat(result.files()).isEmpty();
    }

    @Test
    void aWriteBackThatCannotPlanEmptyIsRefusedAndWritesNothing() throws IOException {
        Files.writeString(sync.resolve("inline.toml"), "stack = [{ name = \"inline\", config = { branch = \"a\" } }]\n");
        Snapshot snapshot = snapshot(STACKS + "\n[[stack]]\nname = \"inline\"\nconfig.branch = \"b\"\n");
        WriteBackResult result = writeBack(snapshot, ExportOptions.defaults());
        assertThat(result.refused()).isTrue();
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.WRITE_BACK_REFUSED);
        assertThat(result.diagnostics().get(result.diagnostics().size() - 1).message()).contains("stack `inline`");
        org.assertj.core.api.Assertions.assertThatThrownBy(result::write).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(sync.resolve("inline.toml"))).contains("branch = \"a\"");
    }

    @Test
    void variablesAreWrittenBackAndTheCoresSecretsOnlyWhenAsked() throws IOException {
        Files.writeString(sync.resolve("variables.toml"), "[[variable]]\nname = \"DOMAIN\"\nvalue = \"old.example\"\n\n"
                + "[[variable]]\nname = \"TOKEN\"\nvalue = \"written-in-git\"\nis_secret = true\n");
        Snapshot snapshot = existing(SERVERS + STACKS.replace("server = \"nas\"", "server = \"id-nas\"")
                + "\n[[variable]]\nname = \"DOMAIN\"\nvalue = \"new.example\"\n\n"
                + "[[variable]]\nname = \"TOKEN\"\nvalue = \"rotated\"\nis_secret = true\n").build();
        WriteBackResult result = writeBack(snapshot, ExportOptions.builder().includeVariables(true).build());
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        String after = result.files().get(0).after();
        // without secrets, the file keeps the secret it declares and never gets the Core's
        assertThat(after).contains("value = \"new.example\"").contains("written-in-git").doesNotContain("rotated");
        assertThat(result.secretsLeftOut()).containsExactly("variable \"TOKEN\": value");
        WriteBackResult withSecrets = writeBack(snapshot, ExportOptions.builder().includeVariables(true)
                .includeSecrets(true).build());
        assertThat(withSecrets.files().get(0).after()).contains("value = \"rotated\"");
    }
}
