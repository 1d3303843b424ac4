package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.config.ActionConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.execution.Execution;
import org.junit.jupiter.api.Test;

/** TOML as Komodo reads it: TOML 1.1, Komodo's {@code """} rule, and every error of a file. */
class TomlReadingTest {

    @Test
    void inlineTablesMaySpanLinesAndEndWithAComma() {
        DeploymentConfig config = Fixtures.only(Fixtures.declaration("""
                [[deployment]]
                name = "a"
                config = {
                  network = "bridge",
                  replicas = 2,
                }
                """), KomodoKinds.DEPLOYMENT);
        assertThat(config.network()).isEqualTo("bridge");
        assertThat(config.replicas()).isEqualTo(2);
    }

    @Test
    void escapeAndHexEscapesAreRead() {
        DeploymentConfig config = Fixtures.only(Fixtures.declaration(
                "[[deployment]]\nname = \"a\"\nconfig.command = \"\\e[1m \\x41\"\n"), KomodoKinds.DEPLOYMENT);
        assertThat(config.command()).isEqualTo("\u001b[1m A");
    }

    @Test
    void timesWithoutSecondsParse() {
        LoadResult result = Fixtures.load("[[procedure]]\nname = \"p\"\nconfig.schedule = 07:30\n");
        // A time is not a string: Komodo rejects it the same way; the point is that it parses.
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.WRONG_TYPE);
        assertThat(result.diagnostics().get(0).message()).endsWith("found a date-time");
    }

    @Test
    void backslashesInTripleQuotedStringsAreLiteral() {
        ActionConfig config = Fixtures.only(Fixtures.declaration("""
                [[action]]
                name = "a"
                config.file_contents = \"""
                const re = /^\\d+$/; console.log("a\\nb");
                \"""
                """), KomodoKinds.ACTION);
        assertThat(config.fileContents()).isEqualTo("const re = /^\\d+$/; console.log(\"a\\nb\");\n");
    }

    @Test
    void singleLineStringsKeepTomlEscapes() {
        DeploymentConfig config = Fixtures.only(Fixtures.declaration(
                "[[deployment]]\nname = \"a\"\nconfig.command = \"a\\tb\"\n"), KomodoKinds.DEPLOYMENT);
        assertThat(config.command()).isEqualTo("a\tb");
    }

    @Test
    void theTripleQuoteRuleDoesNotShiftColumns() {
        LoadResult result = Fixtures.load("[[action]]\nname = \"a\"\nconfig.arguments = \"\"\"\\a\\b\\c\"\"\" bad\n");
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).location()).contains(new SourceLocation("test.toml", 3, 33));
    }

    @Test
    void literalStringsTabsEmojiAndNoTrailingNewlineAreFine() {
        Declaration declaration = Fixtures.declaration("[[server]]\n\tname = '🐳 box'\nconfig.region = '''C:\\x'''");
        assertThat(declaration.resources(KomodoKinds.SERVER).get(0).name()).isEqualTo("🐳 box");
        assertThat(declaration.resources(KomodoKinds.SERVER).get(0).resource().config().region()).isEqualTo("C:\\x");
    }

    @Test
    void columnsCountCodePoints() {
        LoadResult result = Fixtures.load("[[server]]\nname = \"🐳🐳\" oops\n");
        assertThat(result.diagnostics().get(0).location()).contains(new SourceLocation("test.toml", 2, 13));
    }

    @Test
    void aStrayLineDoesNotHideTheRestOfTheFile() {
        LoadResult result = Fixtures.load("""
                [[server]]
                name = "a"
                @@ stray
                config.address = 1 2

                [[stack]]
                name = "b"
                config.server = nope
                """);
        assertThat(Fixtures.summary(result.diagnostics())).containsExactly("3:1 KS103", "4:20 KS103", "8:17 KS103");
    }

    @Test
    void aDateRightBeforeAClosingBracketIsValidAndHidesNothing() {
        // tomlj 1.2.0 refuses the rest of such a file; the fast path reads it as TOML says.
        LoadResult result = Fixtures.load("""
                maintenance_windows = [2025-03-01]

                [[server]]
                name = "a"
                config.address = "https://periphery:8120"
                """);
        assertThat(Fixtures.summary(result.diagnostics())).containsExactly("1:1 KS209");
        assertThat(result.declaration().resources()).hasSize(1);
    }

    @Test
    void anUnclosedArrayIsOneErrorNotOnePerLine() {
        LoadResult result = Fixtures.load("""
                [[server]]
                name = "a"
                config.links = ["x",
                config.region = "r"

                [[server]]
                name = "b"
                tags = [1
                """);
        assertThat(result.diagnostics()).extracting(d -> d.location().orElseThrow().line()).containsExactly(4, 9);
        assertThat(result.diagnostics().get(0).hint()).contains("a `[` or `{` opened earlier is not closed");
    }

    @Test
    void oneBadFileDoesNotHideTheOthers() {
        LoadResult result = SyncLoader.create().load(Fixtures.resource("two-files"));
        assertThat(result.files()).containsExactly(
                Fixtures.resource("two-files").toString().replace('\\', '/') + "/a-bad.toml",
                Fixtures.resource("two-files").toString().replace('\\', '/') + "/b-good.toml");
        assertThat(result.errors()).hasSize(1);
        assertThat(result.declaration().resources()).extracting(r -> r.name()).containsExactly("good");
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        LoadResult result = Fixtures.load("x = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        // the reader stops at the limit of nesting (64 by default) before it goes deeper
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
    }

    @Test
    void executionTablesAreTheAliasOfExecutions() {
        ProcedureConfig config = Fixtures.only(Fixtures.declaration("""
                [[procedure]]
                name = "p"
                [[procedure.config.stage]]
                name = "s"
                [[procedure.config.stage.execution]]
                execution.type = "None"
                execution.params = {}
                """), KomodoKinds.PROCEDURE);
        assertThat(config.stages().get(0).executions()).extracting(e -> e.execution()).containsExactly(new Execution.None());
    }
}
