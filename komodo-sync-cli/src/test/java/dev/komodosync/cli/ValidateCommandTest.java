package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} runs the planner's reference checks: without a snapshot those that need none
 * (a name no file declares is a warning), with {@code --state} every one {@code plan} runs.
 */
class ValidateCommandTest {

    private static final String CYCLE = """
            [[stack]]
            name = "a"
            deploy = true
            after = ["b"]
            [[stack]]
            name = "b"
            deploy = true
            after = ["a"]
            """;

    private static final String UNDECLARED = """
            [[stack]]
            name = "web"
            deploy = true
            after = ["db"]
            [[procedure]]
            name = "nightly"
            [[procedure.config.stage]]
            name = "deploy"
            executions = [{ execution.type = "RunAction", execution.params.action = "backup" }]
            [[user_group]]
            name = "ops"
            permissions = [{ target = { type = "Server", id = "nas" }, level = "Read" }]
            """;

    @TempDir
    Path dir;

    private String write(String toml) throws IOException {
        Path file = dir.resolve("sync.toml");
        Files.writeString(file, toml);
        return file.toString();
    }

    @Test
    void anAfterCycleIsAnErrorNamingItsMembers() throws IOException {
        Cli result = Cli.run("validate", write(CYCLE));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("error: deploy dependencies form a cycle: a → b → a [KS405]")
                .endsWith(": 1 error, 0 warnings\n");
    }

    @Test
    void namesNoFileDeclaresAreWarningsWithoutASnapshot() throws IOException {
        Cli result = Cli.run("validate", write(UNDECLARED));
        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .contains(":4:10: warning: stack `web`: after names `db`, which no file declares as a deployment or"
                        + " stack; it must exist in Komodo [KS420]")
                .contains("warning: procedure `nightly`: action `backup` is declared in no file; it must exist in"
                        + " Komodo [KS420]")
                .contains("warning: user group `ops`: permission target `nas` matches no declared server; it must"
                        + " exist in Komodo [KS420]")
                .endsWith(": 0 errors, 3 warnings\n");
        assertThat(Cli.run("validate", "--strict", write(UNDECLARED)).exitCode()).isEqualTo(1);
    }

    @Test
    void withAStateTheFullSetRunsAsPlanRunsIt() throws IOException {
        String files = write(UNDECLARED);
        Path state = dir.resolve("snapshot.json");
        Files.writeString(state, "{}");
        Cli result = Cli.run("validate", files, "--state", state.toString(), "--include-user-groups");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("error: stack `web`: after names `db`, which is neither a deployment nor a"
                        + " stack, declared or existing [KS403]")
                .contains("error: procedure `nightly`: action `backup` is neither declared nor existing [KS401]")
                .doesNotContain("KS420");
        Cli plan = Cli.run("plan", files, "--state", state.toString(), "--include-user-groups");
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(diagnosticLines(result.err())).isEqualTo(diagnosticLines(plan.err()));
    }

    @Test
    void withAStateAnOptionOfThePlanChangesWhatIsChecked() throws IOException {
        String files = write("[[stack]]\nname = \"web\"\ntags = [\"prod\"]\n");
        Path state = dir.resolve("snapshot.json");
        Files.writeString(state, """
                {"stacks": [{"_id": {"$oid": "65f0a1b2c3d4e5f601234567"}, "name": "web", "tags": []}]}
                """);
        Cli unfiltered = Cli.run("validate", files, "--state", state.toString());
        assertThat(unfiltered.err()).doesNotContain("KS414");
        Cli filtered = Cli.run("validate", files, "--state", state.toString(), "--match-tag", "prod");
        assertThat(filtered.exitCode()).isZero();
        assertThat(filtered.err()).contains("warning: stack `web` is not created: Komodo would try to create it and fail:"
                + " a resource of that name exists outside this sync's scope (lacks match tag prod) [KS414]");
    }

    @Test
    void aSnapshotSettlesTheNamesTheFilesAloneCannot() {
        String seed = Cli.example("seed/sync");
        assertThat(Cli.run("validate", seed).err()).contains("server `server-01` is declared in no file");
        Cli settled = Cli.run("validate", seed, "--state", Cli.example("seed/snapshot.json"));
        assertThat(settled.exitCode()).isZero();
        assertThat(settled.err()).doesNotContain("KS420").doesNotContain("server-01");
    }

    /** The lines of printed diagnostics, without the summary either command adds. */
    private static java.util.List<String> diagnosticLines(String err) {
        return err.lines().filter(line -> line.contains("[KS")).toList();
    }
}
