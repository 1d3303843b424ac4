package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Severity;
import dev.komodosync.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Planner#check}: the reference checks of a plan that need no snapshot, as {@code validate}
 * runs them (issue 13). A name no file declares may exist, so it is a warning; what no snapshot
 * can make right (a cycle, an ambiguous name) is an error, as in a plan.
 */
class PlannerCheckTest {

    private static List<Diagnostic> check(String toml) {
        return Planner.check(declare(toml), SyncOptions.defaults());
    }

    @Test
    void anAfterCycleIsAnErrorNamingItsMembersWithoutASnapshot() {
        List<Diagnostic> found = check("""
                [[stack]]
                name = "a"
                deploy = true
                after = ["b"]
                [[deployment]]
                name = "b"
                deploy = true
                after = ["a"]
                """);
        assertThat(found).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.DEPENDENCY_CYCLE, Severity.ERROR,
                        "deploy dependencies form a cycle: a → b → a"));
    }

    @Test
    void anAfterNameNoFileDeclaresIsAWarningWithTheClosestName() {
        List<Diagnostic> found = check("[[stack]]\nname = \"api\"\ndeploy = true\nafter = [\"postgress\"]\n"
                + "[[stack]]\nname = \"postgres\"\n");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNDECLARED_REFERENCE);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).isEqualTo("stack `api`: after names `postgress`, which no file declares as a"
                    + " deployment or stack; it must exist in Komodo");
            assertThat(d.location()).contains(new SourceLocation("sync.toml", 4, 10));
            assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("did you mean `postgres`?")
                    .contains("--state"));
        });
    }

    @Test
    void anAmbiguousAfterNameIsAnErrorWithoutASnapshot() {
        assertThat(check("""
                [[stack]]
                name = "db"
                [[deployment]]
                name = "db"
                [[stack]]
                name = "api"
                deploy = true
                after = ["db"]
                """)).extracting(Diagnostic::code).containsExactly(DiagnosticCode.AMBIGUOUS_DEPENDENCY);
    }

    @Test
    void procedureAndActionTargetsNoFileDeclaresAreWarnings() {
        List<Diagnostic> found = check("""
                [[procedure]]
                name = "nightly"
                [[procedure.config.stage]]
                name = "one"
                executions = [
                  { execution.type = "RunAction", execution.params.action = "backup" },
                  { execution.type = "DeployStack", execution.params.stack = "web" },
                  { execution.type = "BatchDeployStack", execution.params.pattern = "web-*" },
                ]
                [[action]]
                name = "backupp"
                [[stack]]
                name = "web"
                """);
        assertThat(found).extracting(Diagnostic::code).containsExactly(DiagnosticCode.UNDECLARED_REFERENCE,
                DiagnosticCode.UNDECLARED_REFERENCE);
        assertThat(found.get(0).message()).isEqualTo("procedure `nightly`: action `backup` is declared in no file;"
                + " it must exist in Komodo");
        assertThat(found.get(0).hint()).hasValueSatisfying(h -> assertThat(h).startsWith("did you mean `backupp`?"));
        assertThat(found.get(0).location().orElseThrow().line()).isEqualTo(6);
        assertThat(found.get(1).message()).contains("pattern `web-*` matches no declared stack");
    }

    @Test
    void permissionTargetsNoFileDeclaresAreWarnings() {
        List<Diagnostic> found = check("""
                [[stack]]
                name = "web"
                [[user_group]]
                name = "ops"
                permissions = [
                  { target = { type = "Stack", id = "web" }, level = "Execute" },
                  { target = { type = "Server", id = "nas" }, level = "Read" },
                ]
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNDECLARED_REFERENCE);
            assertThat(d.message()).contains("user group `ops`: permission target `nas` matches no declared server");
            assertThat(d.location().orElseThrow().line()).isEqualTo(7);
        });
    }

    @Test
    void referencesToDeclaredResourcesAreFine() {
        assertThat(check("""
                [[server]]
                name = "nas"
                [[stack]]
                name = "db"
                deploy = true
                config.server = "nas"
                [[deployment]]
                name = "api"
                deploy = true
                after = ["db"]
                config.server = "nas"
                """)).isEmpty();
    }

    @Test
    void strictMakesAnUndeclaredNameAnError() {
        List<Diagnostic> found = Planner.check(declare("[[stack]]\nname = \"web\"\nconfig.server = \"nas\"\n"),
                SyncOptions.builder().strict(true).build());
        assertThat(found).extracting(Diagnostic::code, Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.UNDECLARED_REFERENCE, Severity.ERROR));
    }

    @Test
    void aPlanAgainstWhatExistsGivesTheFullSetWhereTheCheckWarns() {
        // What check only suspects, a plan knows: an after name neither declared nor existing is an error.
        PlanResult planned = Planner.plan(declare("[[stack]]\nname = \"api\"\ndeploy = true\nafter = [\"gone\"]\n"),
                dev.komodosync.model.Snapshot.empty(), SyncOptions.defaults());
        assertThat(planned.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.UNKNOWN_DEPENDENCY)
                .doesNotContain(DiagnosticCode.UNDECLARED_REFERENCE);
    }
}
