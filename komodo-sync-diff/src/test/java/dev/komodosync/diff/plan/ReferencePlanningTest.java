package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What declarations refer to must exist, declared or not (a departure: Komodo fails later or drops it). */
class ReferencePlanningTest {

    @Test
    void aReferenceToNothingIsAnErrorAtTheReference() {
        PlanResult result = Planner.plan(declare("""
                [[server]]
                name = "nas"
                [[stack]]
                name = "web"
                [stack.config]
                server = "nass"
                """), Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.plan()).isEmpty();
        Diagnostic error = result.diagnostics().get(0);
        assertThat(error.code()).isEqualTo(DiagnosticCode.UNRESOLVED_REFERENCE);
        assertThat(error.message()).isEqualTo("stack `web`: server `nass` is neither declared nor existing");
        assertThat(error.location()).contains(new SourceLocation("sync.toml", 6, 1));
        assertThat(error.hint()).contains("did you mean `nas`?");
    }

    @Test
    void referencesResolveAgainstExistingResourcesOutsideTheFilters() {
        PlanResult result = Planner.plan(declare("[[stack]]\nname = \"web\"\ntags = [\"t\"]\nconfig.server = \"nas\"\n"),
                existing("[[server]]\nname = \"nas\"\n").build(),
                SyncOptions.builder().matchTags(List.of("t")).build());
        assertThat(result.plan()).isPresent();
    }

    @Test
    void procedureTargetsAreCheckedAndBatchPatternsThatMatchNothingWarn() {
        PlanResult result = Planner.plan(declare("""
                [[deployment]]
                name = "api"
                [[procedure]]
                name = "p"
                [[procedure.config.stage]]
                name = "s"
                executions = [
                  { execution.type = "Deploy", execution.params.deployment = "api" },
                  { execution.type = "RunBuild", execution.params.build = "missing" },
                  { execution.type = "BatchDeploy", execution.params.pattern = "api, web-*" },
                ]
                """), Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.diagnostics()).extracting(d -> d.code() + " " + d.location().orElseThrow().line()).containsExactly(
                "KS401 unresolved-reference 9", "KS402 pattern-matches-nothing 10");
        assertThat(result.diagnostics().get(1).message()).contains("`web-*`");
    }

    @Test
    void aReferenceByIdWarnsAndComparesAsTheName() {
        PlanResult result = Planner.plan(declare("[[stack]]\nname = \"web\"\nconfig.server = \"id-nas\"\n"),
                existing("[[server]]\nname = \"nas\"\n[[stack]]\nname = \"web\"\nconfig.server = \"id-nas\"\n").build(),
                SyncOptions.defaults());
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.REFERENCE_BY_ID);
        assertThat(result.plan().orElseThrow().hasChanges()).isFalse();
    }

    @Test
    void aReferenceThatIsBothANameAndAnotherResourcesIdIsTheName() {
        // Server `nas` has the id `id-nas`, which is also the name of another server: the name wins.
        PlanResult result = planServerNamedLikeAnId("id-id-nas");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().orElseThrow().hasChanges()).isFalse();

        // Stored as the id of `nas`: the declared `id-nas` names the other server, so it changes.
        PlanResult moved = planServerNamedLikeAnId("id-nas");
        assertThat(moved.plan().orElseThrow().resources()).singleElement().satisfies(change -> {
            assertThat(change.name()).isEqualTo("web");
            assertThat(((ResourceChange.Update) change).changes()).singleElement()
                    .satisfies(field -> assertThat(field.path()).isEqualTo("config.server"));
        });
    }

    /** Stack `web` declared on server `id-nas`, stored on {@code storedServer}; servers `nas` and `id-nas` exist. */
    private static PlanResult planServerNamedLikeAnId(String storedServer) {
        return Planner.plan(declare("""
                [[server]]
                name = "id-nas"
                [[stack]]
                name = "web"
                config.server = "id-nas"
                """), existing("""
                [[server]]
                name = "nas"
                [[server]]
                name = "id-nas"
                [[stack]]
                name = "web"
                config.server = "%s"
                """.formatted(storedServer)).build(), SyncOptions.builder().delete(false).build());
    }

    @Test
    void alerterTargetsByNameWarnThatKomodoRoutesById() {
        PlanResult result = Planner.plan(declare("""
                [[server]]
                name = "nas"
                [[alerter]]
                name = "a"
                config.resources = [{ type = "Server", id = "nas" }]
                """), existing("[[server]]\nname = \"nas\"\n[[alerter]]\nname = \"a\"\n"
                + "config.resources = [{ type = \"Server\", id = \"nas\" }]\n").build(), SyncOptions.defaults());
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.ALERTER_TARGET_BY_NAME);
        // Departure from behaviour §2.8: stored by name, compared by name, no perpetual diff.
        assertThat(result.plan().orElseThrow().hasChanges()).isFalse();
    }

    @Test
    void unknownVariablesAreInfos() {
        PlanResult result = Planner.plan(declare("[[stack]]\nname = \"web\"\nconfig.environment = \"A = [[MISSING]]\"\n"),
                Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.plan()).isPresent();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.UNKNOWN_VARIABLE);
    }
}
