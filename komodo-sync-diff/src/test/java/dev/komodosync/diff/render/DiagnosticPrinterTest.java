package dev.komodosync.diff.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.parser.SourceText;
import dev.komodosync.parser.SyncLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler-style printer embedders share with the command: location, message, echoed line, caret, hint. */
class DiagnosticPrinterTest {

    private static final SourceText FILE = new SourceText("sync/servers.toml", """
            [[variable]]
            name = "TOKEN"
            value = "hunter2-secret-value"
            is_secret = true

            [[server]]
            name = "nas"
            config.adress = "hunter2-secret-value"
            """);

    private static final LoadResult LOADED = SyncLoader.create().loadTexts(List.of(FILE));

    @Test
    void printsLocationMessageSourceLineCaretAndHintFromTheTextsGiven() {
        String printed = DiagnosticPrinter.builder().sources(List.of(FILE)).readFiles(false)
                .secretsOf(LOADED.declaration()).build().render(LOADED.diagnostics());

        assertThat(LOADED.diagnostics()).isNotEmpty();
        assertThat(printed).isEqualTo("""
                sync/servers.toml:8:1: warning: unknown field `adress` in [server.config] [KS201]
                 8 | config.adress = "***"
                   | ^
                  = hint: did you mean `address`?
                """);
    }

    @Test
    void manyFilesReadAheadSideBySideEchoExactlyWhatEachFileEchoesAlone(@TempDir Path folder) throws IOException {
        // 12 files (more than the 8 the printer reads ahead, side by side), each with the secret
        // variable and a misspelt field: each file's diagnostics printed alone (read as echoed)
        // and all of them printed together (read ahead) must be the same text.
        for (int i = 0; i < 12; i++) {
            Files.writeString(folder.resolve("part-" + (char) ('a' + i) + ".toml"), FILE.text()
                    .replace("TOKEN", "TOKEN_" + i).replace("\"nas\"", "\"nas-" + i + "\""));
        }
        LoadResult loaded = SyncLoader.create().load(folder);
        DiagnosticPrinter printer = DiagnosticPrinter.of(loaded);
        List<Diagnostic> located = loaded.diagnostics().stream().filter(d -> d.location().isPresent()).toList();

        String together = printer.render(located);
        StringBuilder alone = new StringBuilder();
        located.forEach(d -> alone.append(printer.render(List.of(d))));

        assertThat(located.stream().map(d -> d.location().get().file()).distinct()).hasSize(12);
        assertThat(together).isEqualTo(alone.toString()).contains(" 8 | config.adress = \"***\"\n")
                .doesNotContain("hunter2");
    }

    @Test
    void theDeclarationsSecretsAndTheModelsSecretKeysNeverAppearInAnEchoedLine() {
        SourceText leaky = new SourceText("leaky.toml", "[[server]]\nname = \"x\"\nconfig.passkey = \"pk-0123456789\""
                + " config.bogus = 1\n");
        LoadResult loaded = SyncLoader.create().loadTexts(List.of(leaky));
        String secrets = DiagnosticPrinter.builder().sources(List.of(FILE)).readFiles(false)
                .secretsOf(LOADED.declaration()).build().render(LOADED.diagnostics());
        String keys = DiagnosticPrinter.builder().sources(List.of(leaky)).readFiles(false).build()
                .render(loaded.diagnostics());

        assertThat(secrets).doesNotContain("hunter2");
        assertThat(keys).contains(" 3 | ").doesNotContain("pk-0123456789");
    }

    @Test
    void ofALoadResultReadsTheNamedFilesAndMasksItsSecrets(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("servers.toml"), FILE.text());
        LoadResult loaded = SyncLoader.create().load(folder);

        String printed = DiagnosticPrinter.of(loaded).render(loaded.diagnostics());

        assertThat(printed).startsWith(file + ":8:1: warning: ").contains(" 8 | config.adress = \"***\"\n")
                .doesNotContain("hunter2");
        assertThat(DiagnosticPrinter.of(loaded).render(LOADED.diagnostics())).as("a file that is not there")
                .doesNotContain(" 8 | ");
    }

    @Test
    void colourIsOffByDefaultAndOnWhenAsked() {
        DiagnosticPrinter.Builder builder = DiagnosticPrinter.builder().sources(List.of(FILE));

        assertThat(builder.build().render(LOADED.diagnostics())).doesNotContain("\u001b");
        assertThat(builder.color(true).build().render(LOADED.diagnostics())).contains("\u001b[1;33mwarning\u001b[0m")
                .contains("\u001b[1;32m^\u001b[0m");
    }

    @Test
    void echoedLinesAreCutToTheWidthAroundTheColumn() {
        String line = "config.links = [" + "\"a\", ".repeat(200) + "42]";
        SourceText wide = new SourceText("wide.toml", "[[server]]\nname = \"s\"\n" + line + "\n");
        LoadResult loaded = SyncLoader.create().loadTexts(List.of(wide));
        String printed = DiagnosticPrinter.builder().sources(List.of(wide)).width(40).build().render(loaded.diagnostics());

        String echoed = printed.lines().filter(l -> l.startsWith(" 3 | ")).findFirst().orElseThrow();
        assertThat(echoed).startsWith(" 3 | …").endsWith("42]");
        assertThat(echoed.codePointCount(0, echoed.length())).isEqualTo(" 3 | …".length() + 40);
    }

    @Test
    void atMostFiftyOfOneCodeInOneFileThenACount() {
        List<Diagnostic> many = IntStream.rangeClosed(1, 60).mapToObj(i -> Diagnostic.of(DiagnosticCode.UNKNOWN_FIELD,
                "unknown key " + i).at(new SourceLocation("big.toml", i, 1))).toList();

        String printed = DiagnosticPrinter.builder().readFiles(false).build().render(many);

        assertThat(printed.lines()).hasSize(DiagnosticPrinter.PER_FILE_AND_CODE + 1);
        assertThat(printed).endsWith("big.toml: … and 10 more [KS201] not shown\n");
    }

    @Test
    void printWritesTheRendering() {
        DiagnosticPrinter printer = DiagnosticPrinter.builder().sources(List.of(FILE)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        printer.print(LOADED.diagnostics(), new PrintStream(out, false, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(printer.render(LOADED.diagnostics()));
    }

    @Test
    void aWidthTooSmallToReadIsRejectedNamingIt() {
        assertThatThrownBy(() -> DiagnosticPrinter.builder().width(5)).hasMessage("width must be at least 20: 5");
    }
    @Test
    void linesAreEchoedAsTheyWereReadWhenTheLoaderKeptTheTexts(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("servers.toml");
        Files.writeString(file, "[[server]]\nname = \"nas\"\nconfig.adress = \"http://nas\"\n");
        LoadResult loaded = SyncLoader.builder().keepTexts(true).build().load(file);
        // Edited after the load: the echo must show what the diagnostic is about, not the new line 3.
        Files.writeString(file, "[[server]]\nname = \"nas\"\n# edited since\n");

        String printed = DiagnosticPrinter.of(loaded).render(loaded.diagnostics());

        assertThat(printed).contains(" 3 | config.adress = \"http://nas\"").doesNotContain("edited since");
    }

    @Test
    void aFileFromAGitCommitIsNeverEchoedFromALocalFileOfTheSameName(@TempDir Path folder) throws IOException {
        Path local = folder.resolve("servers.toml");
        Files.writeString(local, "local line 1\nlocal line 2\nlocal line 3 with a local-only-value\n");
        SourceText committed = new SourceText(local.toString(), "[[server]]\nname = \"nas\"\nconfig.adress = \"http://nas\"\n");
        SourceOrigin git = SourceOrigin.git("https://h/r.git", "main", "0123abcd", "m");
        LoadResult kept = SyncLoader.builder().keepTexts(true).build().loadTexts(List.of(committed)).withOrigin(git);
        LoadResult notKept = SyncLoader.create().loadTexts(List.of(committed)).withOrigin(git);

        String fromTexts = DiagnosticPrinter.of(kept).render(kept.diagnostics());
        String withoutTexts = DiagnosticPrinter.of(notKept).render(notKept.diagnostics());
        String fromAFolder = DiagnosticPrinter.of(SyncLoader.create().loadTexts(List.of(committed)))
                .render(notKept.diagnostics());

        assertThat(fromTexts).contains(" 3 | config.adress = \"http://nas\"").doesNotContain("local-only-value");
        assertThat(withoutTexts).contains("unknown field `adress`").doesNotContain("local-only-value").doesNotContain(" 3 | ");
        // Without an origin the names are files on this machine, read as before.
        assertThat(fromAFolder).contains("local-only-value");
    }
}
