package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Severity;
import dev.komodosync.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every diagnostic the loader gives, each with its exact location, message and hint. */
class LoaderDiagnosticsTest {

    private static Diagnostic only(LoadResult result) {
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    private static void assertAt(Diagnostic diagnostic, DiagnosticCode code, int line, int column) {
        assertThat(diagnostic.code()).isEqualTo(code);
        assertThat(diagnostic.location()).contains(new SourceLocation("test.toml", line, column));
    }

    @Test
    void tomlSyntaxErrorIsLocated() {
        Diagnostic d = only(Fixtures.load("[[server]]\nname = \"a\"\naddress = \n"));
        assertAt(d, DiagnosticCode.TOML_SYNTAX, 3, 11);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void wrongTypeNamesBothTypesAndSuggestsTheFix() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"a\"\ntags = \"x\"\n"));
        assertAt(d, DiagnosticCode.WRONG_TYPE, 3, 1);
        assertThat(d.message()).isEqualTo("`tags` must be an array of strings, found a string");
        assertThat(d.hint()).contains("write tags = [\"x\"]");
    }

    @Test
    void missingNameIsAnErrorAtTheTable() {
        Diagnostic d = only(Fixtures.load("\n[[stack]]\ndescription = \"no name\"\n"));
        assertAt(d, DiagnosticCode.MISSING_FIELD, 2, 1);
        assertThat(d.message()).isEqualTo("missing `name` in [stack]");
    }

    @Test
    void unknownKeySuggestsTheClosestField() {
        Diagnostic d = only(Fixtures.load("[[server]]\nname = \"a\"\n[server.config]\nadress = \"x\"\n"));
        assertAt(d, DiagnosticCode.UNKNOWN_FIELD, 4, 1);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).isEqualTo("unknown field `adress` in [server.config]");
        assertThat(d.hint()).contains("did you mean `address`?");
    }

    @Test
    void unknownKeyIsAnErrorInStrictMode() {
        LoadResult result = SyncLoader.builder().strict(true).build()
                .loadString("test.toml", "[[server]]\nname = \"a\"\nconfig.adress = \"x\"\n");
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.UNKNOWN_FIELD);
    }

    @Test
    void anAliasIsNotUnknown() {
        assertThat(Fixtures.load("[[stack]]\nname = \"a\"\nconfig.server = \"nas\"\n").diagnostics()).isEmpty();
        assertThat(Fixtures.load("[[deployment]]\nname = \"a\"\nconfig.server_id = \"nas\"\n").diagnostics()).isEmpty();
    }

    @Test
    void twoSpellingsOfOneFieldAreAnError() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"a\"\n[stack.config]\nserver_id = \"x\"\nserver = \"y\"\n"));
        assertAt(d, DiagnosticCode.DUPLICATE_FIELD, 5, 1);
        assertThat(d.message()).contains("`server_id` and `server` both set `server_id`");
    }

    @Test
    void bothSpellingsOfAKindInOneFileAreAnError() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"a\"\n[[stacks]]\nname = \"b\"\n"));
        assertAt(d, DiagnosticCode.DUPLICATE_FIELD, 3, 1);
    }

    @Test
    void duplicateNamesAreAnErrorNamingBothPlaces() {
        LoadResult result = Fixtures.load("[[stack]]\nname = \"web\"\n\n[[stack]]\nname = \"web\"\n");
        Diagnostic d = only(result);
        assertAt(d, DiagnosticCode.DUPLICATE_NAME, 5, 1);
        assertThat(d.message()).isEqualTo("stack `web` is declared twice; first at test.toml:1:1");
    }

    @Test
    void sameNameOfDifferentKindsIsFine() {
        assertThat(Fixtures.load("[[stack]]\nname = \"web\"\n[[deployment]]\nname = \"web\"\n").diagnostics()).isEmpty();
    }

    @Test
    void unknownExecutionTypeSuggestsTheClosest() {
        Diagnostic d = only(Fixtures.load("""
                [[procedure]]
                name = "p"
                [[procedure.config.stage]]
                name = "s"
                executions = [ { execution.type = "Deploi", execution.params.deployment = "x" } ]
                """));
        assertAt(d, DiagnosticCode.UNKNOWN_VARIANT, 5, 18);
        assertThat(d.message()).startsWith("unknown execution type `Deploi`");
        assertThat(d.hint()).contains("did you mean \"Deploy\"?");
    }

    @Test
    void missingParamsIsAnErrorAsInKomodo() {
        Diagnostic d = only(Fixtures.load("[[deployment]]\nname = \"a\"\nconfig.image = { type = \"Image\" }\n"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.MISSING_FIELD);
        assertThat(d.message()).isEqualTo("missing `params` in `image`");
        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("params = {}"));
    }

    @Test
    void invalidPatternIsAnError() {
        Diagnostic d = only(Fixtures.load("""
                [[user_group]]
                name = "g"
                permissions = [ { target = { type = "Server", id = "\\\\(unclosed\\\\" }, level = "Read" } ]
                """));
        assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_PATTERN);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.location()).map(SourceLocation::line).contains(3);
    }

    @Test
    void batchRegexWithACommaIsWarnedAbout() {
        LoadResult result = Fixtures.load("""
                [[procedure]]
                name = "p"
                [[procedure.config.stage]]
                name = "s"
                executions = [ { execution.type = "BatchDeploy", execution.params.pattern = '\\^app-[0-9]{1,3}$\\' } ]
                """);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PATTERN_SPLIT);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void serverTemplateIsAWarningSayingItWasRemoved() {
        Diagnostic d = only(Fixtures.load("[[server_template]]\nname = \"old\"\n"));
        assertAt(d, DiagnosticCode.REMOVED_KIND, 1, 1);
        assertThat(d.message()).contains("removed in Komodo 1.17.5");
    }

    @Test
    void misspeltKindSuggestsTheKind() {
        Diagnostic d = only(Fixtures.load("[[resource-sync]]\nname = \"s\"\n"));
        assertAt(d, DiagnosticCode.UNKNOWN_KIND, 1, 1);
        assertThat(d.hint()).contains("did you mean `resource_sync`?");
    }

    @Test
    void keyAfterASubTableHeaderIsPointedOut() {
        Diagnostic d = only(Fixtures.load("""
                [[stack]]
                name = "a"
                [stack.config]
                server = "x"
                [stack.config.pre_deploy]
                command = "ls"
                auto_pull = true
                """));
        assertAt(d, DiagnosticCode.MISPLACED_KEY, 7, 1);
        assertThat(d.message()).contains("[stack.config.pre_deploy]").contains("[stack.config]");
        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).endsWith("did you mean to put `auto_pull` before line 5?"));
    }

    @Test
    void configKeyBesideNameIsPointedOut() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"a\"\nauto_update = true\n"));
        assertAt(d, DiagnosticCode.CONFIG_KEY_OUTSIDE_CONFIG, 3, 1);
        assertThat(d.message()).contains("belongs in [stack.config]");
    }

    @Test
    void environmentAsATableIsAnError() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"a\"\n[stack.config.environment]\nA = \"1\"\n"));
        assertAt(d, DiagnosticCode.WRONG_TYPE, 3, 1);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        Diagnostic d = only(Fixtures.load("[[deployment]]\nname = \"a\"\nconfig.restart = \"allways\"\n"));
        assertAt(d, DiagnosticCode.INVALID_VALUE, 3, 1);
        assertThat(d.hint()).contains("did you mean \"always\"?");
    }

    @Test
    void badVersionIsAnError() {
        Diagnostic d = only(Fixtures.load("[[build]]\nname = \"a\"\nconfig.version = \"v1.2\"\n"));
        assertAt(d, DiagnosticCode.INVALID_VALUE, 3, 1);
    }

    @Test
    void malformedValidatedEnvironmentIsAnErrorElsewhereAWarning() {
        LoadResult deployment = Fixtures.load("[[deployment]]\nname = \"a\"\nconfig.environment = \"A=1\\nBROKEN\"\n");
        assertThat(deployment.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MALFORMED_KEY_VALUE);
        LoadResult stack = Fixtures.load("[[stack]]\nname = \"a\"\nconfig.environment = \"A=1\\nBROKEN\"\n");
        assertThat(stack.errors()).isEmpty();
        assertThat(stack.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MALFORMED_KEY_VALUE);
        assertThat(stack.diagnostics().get(0).message()).contains("line 2");
    }

    @Test
    void brokenInterpolationIsAWarning() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"a\"\nconfig.environment = \"A = [[OPEN\"\n"));
        assertAt(d, DiagnosticCode.INTERPOLATION_SYNTAX, 3, 1);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void nameKomodoRewritesIsWarnedAbout() {
        Diagnostic d = only(Fixtures.load("[[stack]]\nname = \"My App\"\n"));
        assertAt(d, DiagnosticCode.NAME_NORMALISED, 2, 1);
        assertThat(d.hint()).contains("name it `my_app`");
    }

    @Test
    void deployOnAKindThatCannotDeployIsWarnedAbout() {
        Diagnostic d = only(Fixtures.load("[[server]]\nname = \"a\"\ndeploy = true\n"));
        assertAt(d, DiagnosticCode.INEFFECTIVE_FIELD, 3, 1);
    }

    @Test
    void aFileOfOtherTomlIsOneWarningNamingTheFile() {
        Diagnostic d = only(Fixtures.load("title = \"x\"\n[database]\nuri = \"mongodb://\"\n"));
        assertAt(d, DiagnosticCode.NOTHING_DECLARED, 1, 1);
        assertThat(d.message()).isEqualTo("`test.toml` declares no resource, variable or user group (it has `title`, `database`)");
    }

    @Test
    void everyProblemOfARunIsReportedInOrder() {
        LoadResult result = Fixtures.load("""
                [[server]]
                name = "a"
                config.adress = "x"
                [[stack]]
                tags = "x"
                [[deployment]]
                name = "d"
                config.restart = "sometimes"
                """);
        assertThat(Fixtures.summary(result.diagnostics())).containsExactly(
                "3:1 KS201", "4:1 KS203", "5:1 KS202", "8:1 KS207");
    }

    @Test
    void aWrongKindTableShapeIsAnError() {
        Diagnostic d = only(Fixtures.load("[stack]\nname = \"a\"\n"));
        assertAt(d, DiagnosticCode.WRONG_TYPE, 1, 1);
        assertThat(d.hint()).contains("write [[stack]], not [stack]");
    }

    @Test
    void diagnosticsAreSortedAndHaveNoDuplicates() {
        List<Diagnostic> diagnostics = Fixtures.load("[[stack]]\nname = \"a\"\nfoo = 1\nbar = 2\n").diagnostics();
        assertThat(diagnostics).isSortedAccordingTo(Diagnostic.ORDER).doesNotHaveDuplicates();
    }
}
