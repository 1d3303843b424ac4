package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code komodo-sync export} through the real entry point. */
class ExportCommandTest {

    private static final String STATE = Cli.example("homelab/snapshot.json");

    @TempDir
    Path dir;

    @Test
    void exportsTheSnapshotAsTomlThatPlansEmptyAgainstIt() throws IOException {
        Cli export = Cli.run("export", "--state", STATE, "--include-variables", "--include-user-groups",
                "--include-secrets");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).startsWith("[[server]]\nname = \"atlas\"").contains("[[user_group]]");
        assertThat(export.err()).isEmpty();
        Path file = dir.resolve("export.toml");
        Files.writeString(file, export.out());
        Cli plan = Cli.run("plan", file.toString(), "--state", STATE, "--delete", "--include-variables",
                "--include-user-groups");
        assertThat(plan.out()).startsWith("No changes.");
        assertThat(plan.exitCode()).isZero();
    }

    @Test
    void leavesEverySecretOutUnlessAskedAndSaysWhat() {
        Cli export = Cli.run("export", "--state", STATE, "--include-variables");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).startsWith("# komodo-sync export left out 3 secret values")
                .contains("#   alerter \"ntfy\": config.endpoint.params.url\n")
                .contains("#   variable \"POSTGRES_PASSWORD\": value\n")
                .doesNotContain("correct-horse-battery-staple").doesNotContain("ntfy.home.example.net");
        assertThat(export.err()).isEqualTo("komodo-sync: left out 3 secret values (listed in a comment at the top;"
                + " --include-secrets writes them)\n");
    }

    @Test
    void writesToAFileAndFiltersByTag() throws IOException {
        Path file = dir.resolve("media.toml");
        Cli export = Cli.run("export", "--state", STATE, "--match-tag", "media", "-o", file.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).isEmpty();
        assertThat(Files.readString(file)).contains("name = \"jellyfin\"").doesNotContain("name = \"traefik\"");
    }

    @Test
    void aMissingOutputFolderIsNamedWithItsReason() {
        Path file = dir.resolve("nonexistent/dir/x.toml");
        Cli export = Cli.run("export", "--state", STATE, "-o", file.toString());
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("komodo-sync: cannot write " + file + ": there is no folder " + file.getParent());
        assertThat(Files.exists(dir.resolve("nonexistent"))).isFalse();
    }

    @Test
    void exportOverAnExistingFileReplacesItWholeAndKeepsItsMode() throws IOException {
        Path file = Files.writeString(dir.resolve("all.toml"), "# old\n".repeat(10_000));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Cli export = Cli.run("export", "--state", STATE, "--include-secrets", "-o", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(file)).startsWith("[[server]]").doesNotContain("# old");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("all.toml");
        }
    }

    @Test
    void anUnknownTagIsAnError() {
        Cli export = Cli.run("export", "--state", STATE, "--match-tag", "nope");
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("KS501");
    }

    @Test
    void writeBackUpdatesTheFilesAndSaysWhat() throws IOException {
        Path sync = dir.resolve("sync");
        try (Stream<Path> files = Files.walk(Path.of(Cli.example("homelab/sync")))) {
            for (Path file : files.toList()) {
                Path target = sync.resolve(Path.of(Cli.example("homelab/sync")).relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        String servers = Files.readString(sync.resolve("servers.toml"));
        Cli result = Cli.run("export", "--state", STATE, "--write-back", sync.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("updated " + sync.toString().replace('\\', '/') + "/servers.toml\n"
                + "  updated server atlas: config.cpu_warning\n");
        assertThat(result.out()).contains("created " + sync.toString().replace('\\', '/') + "/deployments/heimdall.toml");
        // 90.0 is the default: the line goes, everything else stays as it was.
        assertThat(Files.readString(sync.resolve("servers.toml"))).isEqualTo(servers.replace("cpu_warning = 85.0\n", ""));
        Cli plan = Cli.run("plan", sync.toString(), "--state", STATE, "--delete");
        assertThat(plan.out()).as(plan.err()).contains("0 to create, 0 to update, 0 to delete");
    }

    private Path copyOfHomelab() throws IOException {
        Path sync = dir.resolve("sync");
        try (Stream<Path> files = Files.walk(Path.of(Cli.example("homelab/sync")))) {
            for (Path file : files.toList()) {
                Path target = sync.resolve(Path.of(Cli.example("homelab/sync")).relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return sync;
    }

    @Test
    void aDryRunPrintsTheChangesAndWritesNothing() throws IOException {
        Path sync = copyOfHomelab();
        String servers = Files.readString(sync.resolve("servers.toml"));
        Cli result = Cli.run("export", "--state", STATE, "--write-back", sync.toString(), "--dry-run");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("would update " + sync.toString().replace('\\', '/') + "/servers.toml\n"
                + "  updated server atlas: config.cpu_warning\n").contains("  - cpu_warning = 85.0\n")
                .endsWith("Dry run: nothing was written.\n");
        assertThat(Files.readString(sync.resolve("servers.toml"))).isEqualTo(servers);
        assertThat(Files.exists(sync.resolve("deployments/heimdall.toml"))).isFalse();
    }

    @Test
    void aWriteBackNeverWritesTheCoresSecretsUnlessAsked() throws IOException {
        Path sync = copyOfHomelab();
        Path state = Files.writeString(dir.resolve("state.json"), Files.readString(Path.of(STATE))
                .replace("https://ntfy.home.example.net/homelab", "https://ntfy.home.example.net/rotated-hunter2"));
        Cli result = Cli.run("export", "--state", state.toString(), "--write-back", sync.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("left out 1 secret value of the Core")
                .contains("alerter \"ntfy\": config.endpoint.params.url").doesNotContain("hunter2");
        assertThat(result.out()).doesNotContain("hunter2");
        try (Stream<Path> files = Files.walk(sync)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("hunter2");
            }
        }
        assertThat(Files.readString(sync.resolve("automation.toml"))).contains("https://ntfy.home.example.net/homelab");
        Cli withSecrets = Cli.run("export", "--state", state.toString(), "--write-back", sync.toString(),
                "--include-secrets");
        assertThat(withSecrets.exitCode()).as(withSecrets.err()).isZero();
        assertThat(Files.readString(sync.resolve("automation.toml"))).contains("rotated-hunter2");
    }
}
