package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.emulator.EmulatorUser;
import dev.komodosync.emulator.KomodoEmulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot}, {@code plan --url} and {@code export --url} against the emulator on loopback. */
class LiveCoreCommandsTest {

    private static final String SNAPSHOT = Cli.example("homelab/snapshot.json");
    private static final String SYNC = Cli.example("homelab/sync");

    @TempDir
    Path folder;

    private KomodoEmulator core;
    private Path secretFile;

    @BeforeEach
    void start() throws IOException {
        core = KomodoEmulator.builder().seed(Path.of(SNAPSHOT)).port(0).build().start();
        secretFile = Files.writeString(folder.resolve("secret"), core.adminSecret() + "\n");
    }

    @AfterEach
    void stop() {
        core.close();
    }

    private String[] live(String... arguments) {
        String[] all = new String[arguments.length + 6];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(new String[] {"--url", core.url().toString(), "--api-key", core.adminKey(),
            "--api-secret-file", secretFile.toString()}, 0, all, arguments.length, 6);
        return all;
    }

    @Test
    void planAgainstTheLiveCorePrintsThePlanOfItsSnapshot() {
        Cli fromFile = Cli.run("plan", SYNC, "--state", SNAPSHOT, "--no-color");
        Cli fromCore = Cli.run(live("plan", SYNC, "--no-color"));
        assertThat(fromCore.exitCode()).isEqualTo(2).isEqualTo(fromFile.exitCode());
        assertThat(fromCore.out()).isEqualTo(fromFile.out());
        assertThat(fromCore.err()).contains("Reading " + core.url())
                .contains("url from --url, key from --api-key, secret from --api-secret-file")
                .doesNotContain(core.adminSecret());
    }

    @Test
    void validateAgainstTheLiveCoreGivesTheDiagnosticsOfItsSnapshot() {
        Cli fromFile = Cli.run("validate", SYNC, "--state", SNAPSHOT, "--no-color");
        Cli fromCore = Cli.run(live("validate", SYNC, "--no-color"));
        assertThat(fromCore.exitCode()).isZero().isEqualTo(fromFile.exitCode());
        assertThat(fromCore.out()).isEmpty();
        // The homelab's paperless comes after a stack, which Komodo would drop (KS422): known only with a snapshot.
        assertThat(fromFile.err()).contains("[KS422]");
        assertThat(fromCore.err().lines().filter(line -> line.contains("[KS")))
                .containsExactlyElementsOf(fromFile.err().lines().filter(line -> line.contains("[KS")).toList());
    }

    @Test
    void theJsonPlanIsTheSameToo() {
        Cli fromFile = Cli.run("plan", SYNC, "--state", SNAPSHOT, "--format", "json", "--delete");
        Cli fromCore = Cli.run(live("plan", SYNC, "--format", "json", "--delete"));
        assertThat(fromCore.out()).isEqualTo(fromFile.out());
    }

    @Test
    void snapshotWritesAFileThatPlansLikeTheSeed() {
        Path written = folder.resolve("snapshot.json");
        Cli snapshot = Cli.run(live("snapshot", "-o", written.toString()));
        assertThat(snapshot.exitCode()).isZero();
        assertThat(snapshot.err()).contains("Wrote " + written);
        SnapshotResult read = SnapshotReader.create().read(written);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.snapshot().resources()).hasSameSizeAs(SnapshotReader.create().read(Path.of(SNAPSHOT)).snapshot().resources());
        Cli fromWritten = Cli.run("plan", SYNC, "--state", written.toString(), "--no-color");
        assertThat(fromWritten.out()).isEqualTo(Cli.run("plan", SYNC, "--state", SNAPSHOT, "--no-color").out());
    }

    /**
     * The file is replaced in one step: a second snapshot over the first leaves no temporary file
     * beside it, and one into a folder that does not exist is one line, with nothing written.
     */
    @Test
    void snapshotReplacesTheFileWholeAndSaysWhereItCannotWrite() throws java.io.IOException {
        Path written = folder.resolve("replaced.json");
        java.nio.file.Files.writeString(written, "the last snapshot");
        assertThat(Cli.run(live("snapshot", "-o", written.toString())).exitCode()).isZero();
        assertThat(SnapshotReader.create().read(written).diagnostics()).isEmpty();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        Path fresh = folder.resolve("fresh.json");
        assertThat(Cli.run(live("snapshot", "-o", fresh.toString())).exitCode()).isZero();
        assertThat(java.nio.file.Files.getPosixFilePermissions(fresh)).as("a new snapshot holds secrets: its owner's only")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        java.nio.file.Files.setPosixFilePermissions(written, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        assertThat(Cli.run(live("snapshot", "-o", written.toString())).exitCode()).isZero();
        assertThat(java.nio.file.Files.getPosixFilePermissions(written)).as("an existing file keeps its mode")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path nowhere = folder.resolve("missing/snapshot.json");
        Cli failed = Cli.run(live("snapshot", "-o", nowhere.toString()));
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("komodo-sync: cannot write " + nowhere + ": there is no folder " + nowhere.getParent());
        assertThat(java.nio.file.Files.exists(folder.resolve("missing"))).isFalse();
    }

    @Test
    void credentialsComeFromKomodosEnvironment() {
        Cli fromEnvironment = Cli.run(false, Map.of("KOMODO_ADDRESS", core.url().toString(),
                "KOMODO_API_KEY", core.adminKey(), "KOMODO_API_SECRET", core.adminSecret()), "snapshot");
        assertThat(fromEnvironment.exitCode()).isZero();
        assertThat(fromEnvironment.out()).contains("\"komodo_version\"");
        assertThat(fromEnvironment.err()).contains("url from KOMODO_ADDRESS, key from KOMODO_API_KEY,"
                + " secret from KOMODO_API_SECRET");
    }

    @Test
    void credentialsComeFromAKmProfile() throws IOException {
        Path config = Files.createDirectories(folder.resolve("km"));
        Files.writeString(config.resolve("komodo.cli.toml"), """
                [[profile]]
                name = "lab"
                host = "%s"
                key = "%s"
                secret = "%s"
                """.formatted(core.url(), core.adminKey(), core.adminSecret()));
        Cli planned = Cli.run(false, Map.of("KOMODO_CLI_CONFIG_PATHS", config.toString()),
                "plan", SYNC, "--profile", "lab", "--no-color");
        assertThat(planned.exitCode()).isEqualTo(2);
        assertThat(planned.err()).contains("url, key and secret from profile 'lab'");
    }

    @Test
    void exportOfTheLiveCoreIsTheExportOfItsSnapshot() {
        Cli fromFile = Cli.run("export", "--state", SNAPSHOT, "--include-variables", "--include-user-groups");
        Cli fromCore = Cli.run(live("export", "--include-variables", "--include-user-groups"));
        assertThat(fromCore.exitCode()).isZero();
        assertThat(fromCore.out()).isEqualTo(fromFile.out());
    }

    @Test
    void aSecretOnTheCommandLineWarns() {
        Cli run = Cli.run("snapshot", "--url", core.url().toString(), "--api-key", core.adminKey(),
                "--api-secret", core.adminSecret());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("--api-secret puts the secret in your shell history").doesNotContain(core.adminSecret());
    }

    @Test
    void wrongCredentialsAreOneLineAndExit1() throws IOException {
        Files.writeString(secretFile, "S-wrong");
        Cli run = Cli.run(live("plan", SYNC));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("komodo-sync: GET /user (401): ").contains("hint: check the API key")
                .doesNotContain("S-wrong").doesNotContain("Exception");
    }

    @Test
    void aKeyThatIsNotAnAdminsIsNamedWithTheWayOut() throws IOException {
        EmulatorUser bob = core.addUser("bob");
        Files.writeString(secretFile, bob.apiSecret());
        Cli refused = Cli.run("snapshot", "--url", core.url().toString(), "--api-key", bob.apiKey(),
                "--api-secret-file", secretFile.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("not an admin's").contains("--allow-partial");
        Cli partial = Cli.run("plan", SYNC, "--url", core.url().toString(), "--api-key", bob.apiKey(),
                "--api-secret-file", secretFile.toString(), "--allow-partial", "--no-color");
        assertThat(partial.exitCode()).isEqualTo(2);
        assertThat(partial.err()).contains("warning: partial snapshot").contains("[KS310]");
    }

    @Test
    void anUnreachableCoreIsOneLineAndExit1() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Cli run = Cli.run("plan", SYNC, "--url", "http://127.0.0.1:" + closed, "--api-key", "K",
                "--api-secret-file", secretFile.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach http://127.0.0.1:" + closed).contains("hint:")
                .doesNotContain("Exception");
    }

    @Test
    void whatExistsMustBeNamed() {
        Cli neither = Cli.run("plan", SYNC);
        assertThat(neither.exitCode()).isEqualTo(1);
        assertThat(neither.err()).contains("give --state <snapshot.json>, or --url <core>");
        Cli both = Cli.run(live("plan", SYNC, "--state", SNAPSHOT));
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void missingCredentialsSayWhereTheyWereLookedFor() {
        Cli run = Cli.run(false, Map.of("HOME", folder.toString()), "snapshot", "--url", core.url().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no API key").contains("KOMODO_API_KEY");
    }
}
