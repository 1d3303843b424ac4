package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through its real entry point: exit codes, streams, formats. */
class CommandLineTest {

    private static final String SEED = Cli.example("seed/sync");
    private static final String SEED_STATE = Cli.example("seed/snapshot.json");
    private static final String HOMELAB = Cli.example("homelab/sync");
    private static final String HOMELAB_STATE = Cli.example("homelab/snapshot.json");

    @TempDir
    Path dir;

    @Test
    void versionAndHelpExitZero() {
        assertThat(Cli.run("--version").out()).startsWith("komodo-sync 0.1.0");
        Cli help = Cli.run("plan", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--match-tag").contains("--include-user-groups").contains("--format");
    }

    @Test
    void onlyTheSubcommandNamedIsBuiltAndEveryOtherCommandLineKnowsThemAll() {
        // The names the start-up shortcut knows are the commands' own, in help's order.
        Console console = new Console(System.out, System.err, false, false, Map.of());
        assertThat(Main.SUBCOMMANDS).hasSize(8).allSatisfy(name -> assertThat(
                Main.subcommand(name, console, java.io.InputStream.nullInputStream(), Map.of()).getClass()
                        .getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
        assertThat(Main.subcommandNamed(new String[] {"plan", "sync"})).contains("plan");
        assertThat(Main.subcommandNamed(new String[] {"--plugins", "plan", "validate"})).contains("validate");
        assertThat(Main.subcommandNamed(new String[] {"--plugins=dir", "export", "--write-back"})).contains("export");
        for (String[] unsure : new String[][] {{}, {"--help"}, {"-V"}, {"@args"}, {"--plugins"}, {"sync", "plan"},
                {"--bogus", "plan"}, {"Plan"}}) {
            assertThat(Main.subcommandNamed(unsure)).as(String.join(" ", unsure)).isEmpty();
        }
        // Help and a missing command still list every subcommand.
        Cli help = Cli.run("--help");
        Cli none = Cli.run();
        for (String name : Main.SUBCOMMANDS) {
            assertThat(help.out()).contains("  " + name + " ");
            assertThat(none.err()).contains("  " + name + " ");
        }
        assertThat(Cli.run("--bogus", "plan").err()).contains("Unknown option: '--bogus'").contains("  serve ");
    }

    @Test
    void aUsageErrorPrintsTheUsageAndExitsOne() {
        Cli unknown = Cli.run("plan", SEED, "--state", SEED_STATE, "--frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'").contains("Usage: komodo-sync plan");
        assertThat(unknown.out()).isEmpty();
        assertThat(Cli.run("plan", SEED).exitCode()).isEqualTo(1);
        assertThat(Cli.run().exitCode()).isEqualTo(1);
        assertThat(Cli.run("plan", SEED, "--state", SEED_STATE, "--format", "yaml").exitCode()).isEqualTo(1);
    }

    @Test
    void validateExitsZeroForTheExamples() {
        Cli result = Cli.run("validate", SEED, HOMELAB);
        assertThat(result.exitCode()).isZero();
        // The seed example refers to servers, builds and a deployment its files do not declare: they may exist.
        assertThat(result.err().lines().filter(line -> line.contains(": warning: ")))
                .hasSize(7).allMatch(line -> line.endsWith("[KS420]"));
        assertThat(result.err()).endsWith("8 files, 27 resources, 5 variables, 2 user groups: 0 errors, 7 warnings\n");
        assertThat(Cli.run("validate", HOMELAB).err()).endsWith(": 0 errors, 0 warnings\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void validatePrintsDiagnosticsLikeACompilerAndExitsOne() throws IOException {
        Path file = dir.resolve("bad.toml");
        Files.writeString(file, "[[server]]\nname = \"nas\"\n[server.config]\n\tadress = \"x\"\n[[stack]]\ntags = \"x\"\n");
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        String name = file.toString().replace('\\', '/');
        assertThat(result.err()).contains(
                name + ":4:2: warning: unknown field `adress` in [server.config] [KS201]\n"
                        + " 4 | \tadress = \"x\"\n"
                        + "   | \t^\n"
                        + "  = hint: did you mean `address`?\n");
        assertThat(result.err()).contains(name + ":5:1: error: missing `name` in [stack] [KS203]");
    }

    @Test
    void strictMakesWarningsErrors() throws IOException {
        Path file = dir.resolve("warn.toml");
        Files.writeString(file, "[[server]]\nname = \"nas\"\nconfig.adress = \"x\"\n");
        assertThat(Cli.run("validate", file.toString()).exitCode()).isZero();
        assertThat(Cli.run("validate", "--strict", file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void planWithChangesExitsTwoAndPrintsThePlan() {
        Cli result = Cli.run("plan", SEED, "--state", SEED_STATE, "--include-variables", "--include-user-groups");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("~ builder builder-01").contains("config.params.region: \"us-east-1\" → \"us-east-2\"")
                .contains("stage 2").endsWith(
                        "Plan: 3 to create, 4 to update, 0 to delete, 3 to deploy; 1 variable to change, 1 user group to change.\n");
        assertThat(result.out()).doesNotContain("\u001b[");
    }

    @Test
    void planWithoutChangesExitsZero() {
        Cli result = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--only", "stack:postgres");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("No changes.");
    }

    @Test
    void planWithErrorsExitsOne() throws IOException {
        Path file = dir.resolve("dangling.toml");
        Files.writeString(file, "[[stack]]\nname = \"web\"\nconfig.server = \"nowhere\"\n");
        Cli dangling = Cli.run("plan", file.toString(), "--state", SEED_STATE);
        assertThat(dangling.exitCode()).isEqualTo(1);
        assertThat(dangling.err()).contains("error: stack `web`: server `nowhere` is neither declared nor existing [KS401]");
        assertThat(dangling.out()).isEmpty();
        Cli noState = Cli.run("plan", SEED, "--state", dir.resolve("missing.json").toString());
        assertThat(noState.exitCode()).isEqualTo(1);
        assertThat(noState.err()).contains("KS303");
        Cli noFiles = Cli.run("plan", dir.resolve("nope").toString(), "--state", SEED_STATE);
        assertThat(noFiles.exitCode()).isEqualTo(1);
        assertThat(noFiles.err()).contains("KS101");
    }

    @Test
    void jsonGoesToStdoutAndParses() throws IOException {
        Cli result = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--format", "json", "--delete");
        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("format_version").asInt()).isEqualTo(1);
        assertThat(document.get("summary").get("delete").asInt()).isEqualTo(1);
        assertThat(document.get("deploys").get("stages")).hasSize(3);
        // Two infos of options, and one of a departure from Komodo: paperless comes after a stack (KS422).
        assertThat(document.get("diagnostics")).hasSize(3);
        assertThat(document.get("diagnostics").get(2).get("code").asText()).isEqualTo("KS422");
        assertThat(result.out()).doesNotContain("correct-horse-battery-staple").doesNotContain("cf-0123456789abcdef");
    }

    @Test
    void jsonWithErrorsIsOneDocumentOfDiagnostics() throws IOException {
        Path file = dir.resolve("broken.toml");
        Files.writeString(file, "[[stack]]\nname = \n");
        Cli result = Cli.run("plan", file.toString(), "--state", SEED_STATE, "--format", "json");
        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.size()).isEqualTo(2);
        assertThat(document.get("diagnostics").get(0).get("code").asText()).isEqualTo("KS103");
        assertThat(document.get("diagnostics").get(0).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void markdownMatchesTheGoldenFile() throws IOException {
        Cli result = Cli.run("plan", SEED, "--state", SEED_STATE, "--format", "markdown", "--include-variables",
                "--include-user-groups");
        assertThat(result.exitCode()).isEqualTo(2);
        Path golden = Path.of("src/test/resources/golden/seed-plan.md");
        if (Boolean.getBoolean("komodo.updateGolden")) {
            Files.writeString(golden, result.out(), StandardCharsets.UTF_8);
        }
        assertThat(result.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void secretsAreMaskedInEchoedSourceLines() throws IOException {
        Path file = dir.resolve("secret.toml");
        Files.writeString(file, "[[stack]]\nname = \"web\"\nconfig = { webhook_secret = \"hunter2-secret\", bogus = 1 }\n"
                + "[[build]]\nname = \"b\"\nconfig.secret_args = \"TOKEN=abc\"\nconfig.secret_argz = \"x\"\n");
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.err()).contains("unknown field `bogus`").doesNotContain("hunter2-secret")
                .contains("webhook_secret = \"***\"");
        assertThat(result.err()).doesNotContain("TOKEN=abc");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        String[] args = {"plan", SEED, "--state", SEED_STATE};
        assertThat(Cli.run(true, Map.of(), args).out()).contains("\u001b[");
        assertThat(Cli.run(true, Map.of("NO_COLOR", "1"), args).out()).doesNotContain("\u001b[");
        assertThat(Cli.run(true, Map.of(), "plan", SEED, "--state", SEED_STATE, "--no-color").out()).doesNotContain("\u001b[");
    }
}
