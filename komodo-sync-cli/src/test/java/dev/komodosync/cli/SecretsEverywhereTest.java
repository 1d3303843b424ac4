package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.export.ExportOptions;
import dev.komodosync.diff.export.Exporter;
import dev.komodosync.diff.export.WriteBack;
import dev.komodosync.diff.export.WriteBackOptions;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.diff.render.PlanMarkdown;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.diff.render.PlanTomlDiff;
import dev.komodosync.diff.render.RenderOptions;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotWriter;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secrets suite: sync files declare secret variables and every secret-bearing field of every
 * kind (formats.md §2: {@code webhook_secret} of every kind that has it, server and builder
 * {@code passkey}, build {@code secret_args}, git provider and image registry tokens, alerter
 * endpoint URLs) with distinctive values, the Core holds other distinctive values for the same
 * fields; every command and API path runs over them, and every output byte is searched for every
 * value. Against a live Core (the emulator, seeded with the Core's values) the same holds for
 * {@code plan --url}, {@code export --url}, the messages of {@code snapshot}, and {@code apply}'s
 * reports in every format; the API secret shows nowhere either.
 */
class SecretsEverywhereTest {

    /** Every declared secret holds {@code DECLSECRET}, every secret of the Core {@code CORESECRET}. */
    private static final String SYNC = """
            [[server]]
            name = "srv"
            config.passkey = "DECLSECRET-passkey"

            [[builder]]
            name = "url-builder"
            [builder.config]
            type = "Url"
            params = { address = "https://b:8120", passkey = "DECLSECRET-builder-passkey" }

            [[builder]]
            name = "aws-builder"
            [builder.config]
            type = "Aws"
            [builder.config.params]
            region = "eu-west-1"
            git_providers = [{ domain = "github.com", accounts = [{ username = "bot", token = "DECLSECRET-git-token" }] }]
            image_registries = [{ domain = "ghcr.io", accounts = [{ username = "bot", token = "DECLSECRET-registry-token" }] }]

            [[stack]]
            name = "web"
            config.webhook_secret = "DECLSECRET-stack-webhook"

            [[build]]
            name = "img"
            [build.config]
            webhook_secret = "DECLSECRET-build-webhook"
            secret_args = \"""
            NPM_TOKEN = DECLSECRET-secret-args
            \"""

            [[repo]]
            name = "code"
            config.webhook_secret = "DECLSECRET-repo-webhook"

            [[procedure]]
            name = "nightly"
            config.webhook_secret = "DECLSECRET-procedure-webhook"

            [[action]]
            name = "cleanup"
            config.webhook_secret = "DECLSECRET-action-webhook"

            [[resource_sync]]
            name = "sync"
            config.webhook_secret = "DECLSECRET-sync-webhook"

            [[alerter]]
            name = "slack"
            config.endpoint = { type = "Slack", params = { url = "https://hooks.slack.com/services/DECLSECRET-alerter-url" } }

            [[variable]]
            name = "DB_PASSWORD"
            value = "DECLSECRET-variable"
            is_secret = true
            """;

    private static final Pattern SECRET = Pattern.compile("(DECL|CORE)SECRET[A-Za-z-]*");

    @TempDir
    Path dir;

    private Path sync;
    private Path state;

    @BeforeEach
    void writeFiles() throws IOException {
        sync = Files.createDirectories(dir.resolve("sync"));
        Files.writeString(sync.resolve("all.toml"), SYNC);
        LoadResult core = SyncLoader.create().loadString("core.toml", SYNC.replace("DECLSECRET", "CORESECRET"));
        assertThat(core.errors()).isEmpty();
        Snapshot.Builder snapshot = Snapshot.builder();
        int id = 0;
        for (DeclaredResource<?> resource : core.declaration().resources()) {
            snapshot.add(new ExistingResource<>(String.format("%024x", ++id), resource.resource()));
        }
        for (DeclaredVariable variable : core.declaration().variables()) {
            snapshot.add(variable.variable());
        }
        state = Files.writeString(dir.resolve("state.json"), SnapshotWriter.write(snapshot.build()));
    }

    /** Every secret value a text holds; the suite's outputs must hold none. */
    private static List<String> secretsIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SECRET.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static void assertNoSecret(Cli result) {
        assertThat(secretsIn(result.out())).as("stdout").isEmpty();
        assertThat(secretsIn(result.err())).as("stderr").isEmpty();
    }

    @Test
    void theFixtureDeclaresEverySecretAndTheCoreHoldsOthers() throws IOException {
        assertThat(secretsIn(SYNC)).hasSize(13);
        assertThat(secretsIn(Files.readString(state))).hasSize(13).allMatch(s -> s.startsWith("CORESECRET"));
    }

    @Test
    void everyCommandOverEverySecretPrintsNone() throws IOException {
        String[][] runs = {
            {"validate", sync.toString()},
            {"plan", sync.toString(), "--state", state.toString(), "--include-variables"},
            {"plan", sync.toString(), "--state", state.toString(), "--include-variables", "--format", "json"},
            {"plan", sync.toString(), "--state", state.toString(), "--include-variables", "--format", "markdown"},
            {"plan", sync.toString(), "--state", state.toString(), "--include-variables", "--delete", "--strict"},
            {"export", "--state", state.toString(), "--include-variables"},
            {"export", "--state", state.toString(), "--include-variables", "--write-back", sync.toString(), "--dry-run"},
            {"export", "--state", state.toString(), "--include-variables", "--write-back", sync.toString()},
        };
        for (String[] run : runs) {
            Cli result = Cli.run(run);
            assertThat(result.exitCode()).as(String.join(" ", run) + "\n" + result.err()).isIn(0, 2);
            assertNoSecret(result);
        }
        // the write-back kept every declared secret and wrote none of the Core's
        assertThat(secretsIn(Files.readString(sync.resolve("all.toml")))).hasSize(13)
                .allMatch(s -> s.startsWith("DECLSECRET"));
    }

    @Test
    void theNestedCreateDeleteAndTomlDiffViewsPrintNone() throws IOException {
        Path nothing = Files.writeString(dir.resolve("empty.json"), SnapshotWriter.write(Snapshot.empty()));
        Path noFiles = Files.createDirectories(dir.resolve("no-files"));
        Files.writeString(noFiles.resolve("none.toml"), "");
        String[][] runs = {
            // every declared secret in a full create, in each view
            {"plan", sync.toString(), "--state", nothing.toString(), "--include-variables"},
            {"plan", sync.toString(), "--state", nothing.toString(), "--include-variables", "--format", "markdown"},
            {"plan", sync.toString(), "--state", nothing.toString(), "--include-variables", "--format", "toml-diff"},
            // every secret of the Core in a full delete
            {"plan", noFiles.toString(), "--state", state.toString(), "--delete", "--allow-empty"},
            {"plan", noFiles.toString(), "--state", state.toString(), "--delete", "--allow-empty", "--format", "markdown"},
            {"plan", noFiles.toString(), "--state", state.toString(), "--delete", "--allow-empty", "--format", "toml-diff"},
            // both sides of every secret in a diff of the TOML
            {"plan", sync.toString(), "--state", state.toString(), "--format", "toml-diff"},
        };
        for (String[] run : runs) {
            Cli result = Cli.run(run);
            assertThat(result.exitCode()).as(String.join(" ", run) + "\n" + result.err()).isEqualTo(2);
            assertThat(result.out()).as(String.join(" ", run)).contains("***");
            assertNoSecret(result);
        }
    }

    @Test
    void everySecretLineBrokenInTurnEchoesNone() throws IOException {
        List<String> lines = SYNC.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (secretsIn(lines.get(i)).isEmpty()) {
                continue;
            }
            for (String breakage : new String[] {"\"", " bogus", ", bogus = 1", "\u0001"}) {
                List<String> broken = new ArrayList<>(lines);
                broken.set(i, lines.get(i).replaceFirst("(DECLSECRET[A-Za-z-]*)", "$1" + breakage));
                Files.writeString(sync.resolve("all.toml"), String.join("\n", broken) + "\n");
                Cli result = Cli.run("validate", sync.toString());
                assertThat(result.exitCode()).as(broken.get(i)).isIn(0, 1);
                assertNoSecret(result);
                Cli plan = Cli.run("plan", sync.toString(), "--state", state.toString(), "--format", "json");
                assertNoSecret(plan);
            }
        }
    }

    @Test
    void theApiRendersNoSecret() throws IOException {
        LoadResult loaded = SyncLoader.create().load(sync);
        Snapshot snapshot = SnapshotReader.create().read(state).snapshot();
        PlanResult plan = Planner.plan(loaded.declaration(), snapshot, SyncOptions.builder().includeVariables(true).build());
        List<String> renderings = List.of(loaded.toString(), loaded.declaration().toString(), snapshot.toString(),
                plan.toString(), PlanText.render(plan, false), PlanJson.render(plan), PlanMarkdown.render(plan),
                PlanText.render(plan, RenderOptions.defaults().withExisting(snapshot)),
                PlanMarkdown.render(plan, RenderOptions.defaults().withExisting(snapshot)),
                PlanTomlDiff.render(plan.plan().orElseThrow(), snapshot),
                PlanTomlDiff.render(Planner.plan(Declaration.empty(), snapshot, SyncOptions.builder().delete(true)
                        .allowEmpty(true).build()).plan().orElseThrow(), snapshot),
                PlanTomlDiff.render(Planner.plan(loaded.declaration(), Snapshot.empty(), SyncOptions.defaults()).plan()
                        .orElseThrow(), Snapshot.empty()),
                Exporter.export(snapshot, ExportOptions.builder().includeVariables(true).build()).toString(),
                WriteBack.prepare(sync, snapshot, WriteBackOptions.of(ExportOptions.defaults())).toString(),
                String.valueOf(plan.diagnostics()));
        for (String rendering : renderings) {
            assertThat(secretsIn(rendering)).as(rendering).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void theLiveCoreCommandsPrintNone() throws IOException {
        try (KomodoEmulator core = KomodoEmulator.builder().seed(state).port(0).build().start()) {
            Path apiSecret = Files.writeString(dir.resolve("api-secret"), core.adminSecret());
            List<String> connection = List.of("--url", core.url().toString(), "--api-key", core.adminKey(),
                    "--api-secret-file", apiSecret.toString());
            Map<String, String> environment = Map.of("XDG_STATE_HOME", dir.resolve("state-home").toString());
            String[][] runs = {
                {"plan", sync.toString(), "--include-variables"},
                {"plan", sync.toString(), "--include-variables", "--format", "json"},
                {"plan", sync.toString(), "--include-variables", "--format", "markdown"},
                {"export", "--include-variables"},
                {"apply", sync.toString(), "--include-variables", "--auto-approve", "--format", "json"},
                {"apply", sync.toString(), "--include-variables", "--auto-approve", "--format", "markdown"},
                {"apply", sync.toString(), "--include-variables", "--auto-approve"},
            };
            for (String[] run : runs) {
                List<String> arguments = new ArrayList<>(List.of(run));
                arguments.addAll(connection);
                Cli result = Cli.run(false, environment, arguments.toArray(String[]::new));
                assertThat(result.exitCode()).as(String.join(" ", run) + "\n" + result.err()).isIn(0, 1, 2);
                assertNoSecret(result);
                assertThat(result.out() + result.err()).doesNotContain(core.adminSecret());
            }
            // A snapshot file holds the Core's secrets by design (it is what Core holds); its messages hold none.
            List<String> snapshot = new ArrayList<>(List.of("snapshot", "-o", dir.resolve("fetched.json").toString()));
            snapshot.addAll(connection);
            Cli fetched = Cli.run(false, environment, snapshot.toArray(String[]::new));
            assertThat(fetched.exitCode()).isZero();
            assertNoSecret(fetched);
            assertThat(fetched.err()).doesNotContain(core.adminSecret());
        }
    }

    /** Refused credentials: the read's error and its hint name neither the secret given nor the right one. */
    @Test
    void aRefusedSecretIsPrintedNowhere() throws IOException {
        try (KomodoEmulator core = KomodoEmulator.builder().seed(state).port(0).build().start()) {
            String wrong = "S-wrong-" + core.adminSecret().substring(0, 8) + "-guess";
            Path apiSecret = Files.writeString(dir.resolve("wrong-secret"), wrong);
            for (String command : List.of("snapshot", "plan")) {
                List<String> arguments = new ArrayList<>(command.equals("plan") ? List.of("plan", sync.toString())
                        : List.of("snapshot", "-o", dir.resolve("refused.json").toString()));
                arguments.addAll(List.of("--url", core.url().toString(), "--api-key", core.adminKey(),
                        "--api-secret-file", apiSecret.toString()));
                Cli result = Cli.run(false, Map.of(), arguments.toArray(String[]::new));
                assertThat(result.exitCode()).as(command + "\n" + result.err()).isEqualTo(1);
                assertThat(result.err()).contains("401");
                assertNoSecret(result);
                assertThat(result.out() + result.err()).doesNotContain(wrong).doesNotContain(core.adminSecret());
            }
        }
    }
}
