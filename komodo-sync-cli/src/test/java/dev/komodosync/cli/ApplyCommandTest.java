package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.apply.ApplyLock;
import dev.komodosync.emulator.KomodoEmulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apply} against the emulator on loopback: confirmation, saved plans, guard rails, the lock, the report. */
class ApplyCommandTest {

    private static final String SNAPSHOT = Cli.example("homelab/snapshot.json");
    private static final String SYNC = Cli.example("homelab/sync");

    @TempDir
    Path folder;

    private KomodoEmulator core;
    private Path secretFile;
    private Map<String, String> environment;

    @BeforeEach
    void start() throws IOException {
        core = KomodoEmulator.builder().seed(Path.of(SNAPSHOT)).port(0).deployDuration(Duration.ofMillis(5)).build().start();
        secretFile = Files.writeString(folder.resolve("secret"), core.adminSecret() + "\n");
        environment = Map.of("XDG_STATE_HOME", folder.resolve("state").toString());
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

    private Cli run(String... arguments) {
        return run(false, "", arguments);
    }

    private Cli run(boolean terminal, String input, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(live(arguments), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, terminal);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private long writes() {
        return core.requests().stream().filter(r -> r.path().startsWith("/write") || r.path().startsWith("/execute")).count();
    }

    @Test
    void autoApproveAppliesAndThePlanIsThenEmpty() {
        assertThat(run("plan", SYNC, "--no-color").exitCode()).isEqualTo(2);

        Cli applied = run("apply", SYNC, "--auto-approve", "--no-color");

        assertThat(applied.exitCode()).as(applied.err()).isEqualTo(0);
        assertThat(applied.out()).contains("done     create stack 'prowlarr'").endsWith(" 0 failed, 0 skipped.\n");
        assertThat(applied.err()).contains("done     deploy stack 'prowlarr' (").contains("deploy round 1/")
                .doesNotContain(core.adminSecret());
        Cli again = run("plan", SYNC, "--no-color");
        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.out()).contains("No changes.");
    }

    @Test
    void withoutATerminalOrAutoApproveNothingIsChanged() {
        Cli refused = run("apply", SYNC);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("komodo-sync: refusing to apply without confirmation");
        assertThat(writes()).isZero();
    }

    @Test
    void onATerminalOnlyYesApproves() {
        Cli declined = run(true, "y\n", "apply", SYNC, "--no-color");
        assertThat(declined.exitCode()).isEqualTo(1);
        assertThat(declined.err()).contains("Only 'yes' will be accepted to approve.").contains("Apply cancelled");
        assertThat(writes()).isZero();

        Cli approved = run(true, "yes\n", "apply", SYNC, "--no-color");
        assertThat(approved.exitCode()).as(approved.err()).isEqualTo(0);
        assertThat(writes()).isPositive();
    }

    @Test
    void aSavedPlanThatStillHoldsIsAppliedWithoutAsking() {
        Path saved = folder.resolve("plan.json");
        assertThat(run("plan", SYNC, "--format", "json", "-o", saved.toString()).exitCode()).isEqualTo(2);

        Cli applied = run("apply", SYNC, "--plan", saved.toString(), "--format", "json");

        assertThat(applied.exitCode()).as(applied.err()).isEqualTo(0);
        assertThat(applied.out()).contains("\"result\" : \"done\"");
    }

    /** A saved plan replaces the file in one step; a plan for a folder that does not exist is one line. */
    @Test
    void aSavedPlanReplacesItsFileWholeAndSaysWhereItCannotWrite() throws IOException {
        Path saved = folder.resolve("replaced-plan.json");
        java.nio.file.Files.writeString(saved, "the last plan");
        assertThat(run("plan", SYNC, "--format", "json", "-o", saved.toString()).exitCode()).isEqualTo(2);
        assertThat(java.nio.file.Files.readString(saved)).startsWith("{").contains("\"fingerprint\"");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        Path nowhere = folder.resolve("missing/plan.json");
        Cli failed = run("plan", SYNC, "--format", "json", "-o", nowhere.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("komodo-sync: cannot write " + nowhere + ": there is no folder " + nowhere.getParent());
    }

    @Test
    void aStalePlanIsRefusedAndChangesNothing() throws IOException {
        Path saved = folder.resolve("plan.json");
        run("plan", SYNC, "--format", "json", "-o", saved.toString());
        assertThat(run("apply", SYNC, "--auto-approve").exitCode()).isEqualTo(0);
        core.clearRequests();

        Cli stale = run("apply", SYNC, "--plan", saved.toString());

        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.err()).contains("the saved plan is stale").contains("nothing was changed");
        assertThat(writes()).isZero();
        Cli wrong = run("apply", SYNC, "--plan-fingerprint", "sha256:0000");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("the saved plan is stale");
        assertThat(Files.readString(saved)).contains("\"fingerprint\"");
    }

    @Test
    void moreDeletesThanAllowedRefuseTheWholeApply() {
        Cli refused = run("apply", SYNC, "--delete", "--auto-approve", "--max-deletes", "0");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).startsWith("Apply refused; nothing was changed:")
                .contains("more than --max-deletes 0");
        assertThat(writes()).isZero();
    }

    @Test
    void aProtectedResourceIsNotDeleted() {
        Cli applied = run("apply", SYNC, "--delete", "--auto-approve", "--protect", "deployment:heim*");

        assertThat(applied.exitCode()).isEqualTo(1);
        assertThat(applied.out()).contains("skipped  delete deployment 'heimdall' (protected by --protect)");
        assertThat(core.requests()).noneMatch(r -> "DeleteDeployment".equals(r.type()));
    }

    @Test
    @SuppressWarnings("try") // the lock is held while the second apply runs; it is never read
    void aSecondApplyOfTheSameSyncIsRefusedWhileOneRuns() throws Exception {
        String key = core.url() + " files [" + Path.of(SYNC).toAbsolutePath().normalize() + "]";
        try (ApplyLock.Held held = FileApplyLock.in(environment).acquire(key)) {
            Cli locked = run("apply", SYNC, "--auto-approve");

            assertThat(locked.exitCode()).isEqualTo(1);
            assertThat(locked.err()).contains("another apply of " + key + " is running");
            assertThat(writes()).isZero();
        }
        assertThat(Files.list(folder.resolve("state/komodo-sync/locks"))).hasSize(1);
    }

    @Test
    void applyNeedsALiveCore() {
        Cli cli = Cli.run("apply", SYNC, "--auto-approve");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("komodo-sync: apply needs a live Core: give --url <core> (or --profile <name>)\n");
    }

    @Test
    void anUnreadableSavedPlanIsOneLine() {
        Cli cli = run("apply", SYNC, "--plan", folder.resolve("missing.json").toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("komodo-sync: cannot read the saved plan ").doesNotContain("Exception");
    }
}
