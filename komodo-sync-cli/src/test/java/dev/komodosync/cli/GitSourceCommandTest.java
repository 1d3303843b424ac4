package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.source.internal.QuietSystemConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code plan} reading a local bare repository: {@code --git}, and {@code --sync} in a {@code --sync-file}. */
class GitSourceCommandTest {

    private static final String SEED_FILE = Cli.example("seed/sync/seed-example.toml");
    private static final String SEED_STATE = Cli.example("seed/snapshot.json");

    @TempDir
    Path dir;

    private String url;
    private RevCommit commit;

    @BeforeEach
    void repository() throws Exception {
        QuietSystemConfig.install();
        Path bare = dir.resolve("sync.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        url = bare.toUri().toString();
        try (Git work = Git.init().setDirectory(dir.resolve("work").toFile()).setInitialBranch("main").call()) {
            Path files = work.getRepository().getWorkTree().toPath();
            Files.createDirectories(files.resolve("sync"));
            Files.copy(Path.of(SEED_FILE), files.resolve("sync/seed-example.toml"));
            Files.writeString(files.resolve("README.md"), "not read\n");
            work.add().addFilepattern(".").call();
            commit = work.commit().setMessage("Seed the sync files").setSign(false).call();
            work.push().setRemote(url).setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
        }
    }

    private Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--git-cache", dir.resolve("cache").toString()));
        return Cli.run(false, Map.of(), all.toArray(String[]::new));
    }

    @Test
    void planReadsTheRepositoryAndSaysWhatItWasMadeFrom() throws Exception {
        Cli result = run("plan", "--git", url, "--path", "sync", "--state", SEED_STATE, "--format", "json",
                "--include-variables");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        JsonNode document = new ObjectMapper().readTree(result.out());
        JsonNode source = document.get("source");
        assertThat(source.get("type").asText()).isEqualTo("git");
        assertThat(source.get("location").asText()).isEqualTo(url);
        assertThat(source.get("branch").asText()).isEqualTo("main");
        assertThat(source.get("commit").asText()).isEqualTo(commit.name());
        assertThat(source.get("message").asText()).isEqualTo("Seed the sync files");
        assertThat(document.fieldNames()).toIterable().startsWith("format_version", "fingerprint", "source");
        assertThat(document.get("summary").get("create").asInt()).isEqualTo(3);
    }

    @Test
    void theFingerprintDoesNotDependOnTheSource() throws Exception {
        Cli fromGit = run("plan", "--git", url, "--state", SEED_STATE, "--format", "json");
        Cli fromFolder = run("plan", SEED_FILE, "--state", SEED_STATE, "--format", "json");

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(fromGit.out()).get("fingerprint"))
                .isEqualTo(json.readTree(fromFolder.out()).get("fingerprint"));
        assertThat(json.readTree(fromFolder.out()).has("source")).isFalse();
    }

    @Test
    void theTextPlanStartsWithItsSource() {
        Cli result = run("plan", "--git", url, "--branch", "main", "--commit", commit.name().substring(0, 8),
                "--state", SEED_STATE);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).startsWith("Source: git " + url + " main @ " + commit.name().substring(0, 12)
                + ": Seed the sync files\n\n");
    }

    @Test
    void aDiagnosticInACommittedFileEchoesTheCommittedLine() throws Exception {
        try (Git work = Git.open(dir.resolve("work").toFile())) {
            Path files = work.getRepository().getWorkTree().toPath();
            Files.writeString(files.resolve("sync/typo.toml"), "[[server]]\nname = \"typo\"\nconfig.adress = \"http://typo\"\n");
            work.add().addFilepattern(".").call();
            work.commit().setMessage("A typo").setSign(false).call();
            work.push().setRemote(url).setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
        }

        // The file is sync/typo.toml in the commit, and no such file is where the command runs:
        // its line comes from what was read from the commit.
        Cli plan = run("plan", "--git", url, "--path", "sync", "--state", SEED_STATE);
        Cli validate = run("validate", "--git", url, "--path", "sync");

        for (Cli result : List.of(plan, validate)) {
            assertThat(result.err()).contains("sync/typo.toml:3:1: warning: unknown field `adress`")
                    .contains(" 3 | config.adress = \"http://typo\"");
        }
    }

    @Test
    void planTakesTheSourceAndOptionsOfADeclaredSync() throws Exception {
        Path syncs = Files.writeString(dir.resolve("syncs.toml"), """
                [[resource_sync]]
                name = "seed"
                [resource_sync.config]
                repo = "acme/seed"
                resource_path = ["sync"]
                include_variables = true
                include_user_groups = true
                """);

        Cli result = run("plan", "--sync", "seed", "--sync-file", syncs.toString(), "--git", url,
                "--state", SEED_STATE, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("source").get("commit").asText()).isEqualTo(commit.name());
        assertThat(document.get("summary").get("variables").asInt()).isEqualTo(1);
        assertThat(document.get("summary").get("user_groups").asInt()).isEqualTo(1);
    }

    @Test
    void aLinkedRepoMayNameARepoThatOnlyExists() throws Exception {
        Path syncs = Files.writeString(dir.resolve("syncs.toml"), """
                [[resource_sync]]
                name = "linked"
                [resource_sync.config]
                linked_repo = "homelab-compose"
                resource_path = ["README.md"]
                """);
        Path ghost = Files.writeString(dir.resolve("ghost.toml"),
                "[[resource_sync]]\nname = \"linked\"\n[resource_sync.config]\nlinked_repo = \"nowhere\"\n");

        Cli linked = run("plan", "--sync", "linked", "--sync-file", syncs.toString(), "--git", url,
                "--state", Cli.example("homelab/snapshot.json"), "--format", "json");
        Cli unknown = run("plan", "--sync", "linked", "--sync-file", ghost.toString(), "--git", url,
                "--state", Cli.example("homelab/snapshot.json"));

        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(new ObjectMapper().readTree(linked.out()).get("source").get("commit").asText()).isEqualTo(commit.name());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("resource sync 'linked': linked_repo 'nowhere' is neither a declared nor an"
                + " existing repo");
    }

    @Test
    void aDeclaredSyncWithInlineContentsNeedsNoRepository() throws Exception {
        Path syncs = Files.writeString(dir.resolve("syncs.toml"), """
                [[resource_sync]]
                name = "ui"
                [resource_sync.config]
                file_contents = '''
                [[variable]]
                name = "NEW_ONE"
                value = "1"
                '''
                include_variables = true
                """);

        Cli result = run("validate", "--sync", "ui", "--sync-file", syncs.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("Source: inline database file").contains("1 file, 0 resources, 1 variable");
    }

    @Test
    void aSyncOptionBesideSyncIsAUsageError() throws Exception {
        Path syncs = Files.writeString(dir.resolve("syncs.toml"),
                "[[resource_sync]]\nname = \"seed\"\n[resource_sync.config]\nrepo = \"acme/seed\"\n");

        Cli result = run("plan", "--sync", "seed", "--sync-file", syncs.toString(), "--git", url, "--delete",
                "--state", SEED_STATE);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--sync plans with the sync's own options");
    }

    @Test
    void anUnknownSyncNamesTheDeclaredOnes() throws Exception {
        Path syncs = Files.writeString(dir.resolve("syncs.toml"),
                "[[resource_sync]]\nname = \"seed\"\n[resource_sync.config]\nrepo = \"acme/seed\"\n");

        Cli result = run("validate", "--sync", "sede", "--sync-file", syncs.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no resource_sync named 'sede'").contains("[seed]");
    }

    @Test
    void aMissingBranchIsOneClearLineNotAStackTrace() {
        Cli result = run("validate", "--git", url, "--branch", "nope");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("komodo-sync: branch 'nope' does not exist in repo " + url + ": it was deleted, or never pushed");
    }

    @Test
    void theTokenComesFromAFileOrTheEnvironmentAndNeverShows() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "tok-s3cret-value\n");
        String missing = dir.resolve("missing.git").toUri().toString();

        Cli fromFile = run("validate", "--git", missing, "--git-token-file", token.toString());
        Cli fromEnvironment = Cli.run(false, Map.of("KOMODO_SYNC_GIT_TOKEN", "tok-s3cret-value",
                "XDG_CACHE_HOME", dir.resolve("xdg").toString()), "validate", "--git", missing);

        assertThat(fromFile.exitCode()).isEqualTo(1);
        assertThat(fromFile.err()).contains("repo " + missing + " (branch 'main') was not found")
                .doesNotContain("tok-s3cret-value");
        assertThat(fromEnvironment.exitCode()).isEqualTo(1);
        assertThat(fromEnvironment.err()).doesNotContain("tok-s3cret-value");
        assertThat(dir.resolve("xdg/komodo-sync/git")).isDirectory();
    }

    @Test
    void anEmptyBranchIsOneClearLine() {
        Cli result = run("validate", "--git", url, "--branch", "");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("komodo-sync: a git source needs a branch: " + url);
    }

    @Test
    void foldersAndGitTogetherAreAUsageError() {
        Cli result = run("validate", SEED_FILE, "--git", url);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("give sync folders or files, or --git <url>, or --sync <name> --sync-file <file>");
    }
}
