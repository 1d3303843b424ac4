package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with Komodo's official TypeScript client (npm {@code komodo_client} 2.3.2, pinned by
 * {@code src/test/node/package-lock.json}): {@code conformance.mjs} drives an in-process emulator,
 * {@code check-dump.mjs} checks the dump of its end state field by field. Needs {@code node} and
 * {@code npm}; run with {@code mvn -B verify -pl komodo-sync-emulator -am -Pconformance} (the profile
 * adds this class to the tests). {@code .ci/run} runs the same scripts against the command line's
 * emulator.
 */
class NodeConformance {

    private static final Path SCRIPTS = Path.of("src", "test", "node");

    @TempDir
    Path work;

    @Test
    void theOfficialClientFindsTheEmulatorSpeakingKomodo() throws Exception {
        assertThat(run(SCRIPTS, "node", "--version").exitCode())
                .as("node is required for the conformance test").isZero();
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("komodo_client"))) {
            Result install = run(SCRIPTS, "npm", "ci", "--no-audit", "--no-fund");
            assertThat(install.exitCode()).as("npm ci:\n%s", install.output()).isZero();
        }
        try (KomodoEmulator emulator = KomodoEmulator.builder().build().start()) {
            Path info = work.resolve("info.json");
            Files.writeString(info, "{\"url\":\"" + emulator.url() + "\",\"key\":\"" + emulator.adminKey()
                    + "\",\"secret\":\"" + emulator.adminSecret() + "\"}");
            Result conformance = run(SCRIPTS, "node", "conformance.mjs", info.toAbsolutePath().toString());
            assertThat(conformance.exitCode()).as("conformance.mjs:\n%s", conformance.output()).isZero();
            assertThat(conformance.output()).contains("conformance: 9 steps passed");
            Path dump = work.resolve("dump.json");
            Files.writeString(dump, emulator.dumpText());
            Result check = run(SCRIPTS, "node", "check-dump.mjs", dump.toAbsolutePath().toString());
            assertThat(check.exitCode()).as("check-dump.mjs:\n%s", check.output()).isZero();
            Snapshot end = emulator.dump();
            assertThat(end.resources()).extracting(r -> r.kind().key() + ":" + r.name()).containsExactlyInAnyOrder(
                    "server:conf-srv", "deployment:conf-api", "stack:conf_web", "alerter:conf-al-b", "alerter:conf-al-c");
            assertThat(end.runtime().targets().get("deployments").get("conf-api").state()).isEqualTo("running");
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path folder, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException notFound) {
            return new Result(127, command[0] + " could not be started: " + notFound.getMessage());
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, command[0] + " timed out");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
