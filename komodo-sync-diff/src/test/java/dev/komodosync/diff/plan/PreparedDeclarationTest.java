package dev.komodosync.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A prepared declaration plans exactly as its declaration does, against any snapshot. */
class PreparedDeclarationTest {

    private static final SyncOptions EVERYTHING = SyncOptions.builder()
            .delete(true).includeVariables(true).includeUserGroups(true).build();

    private static final String SYNC = """
            [[variable]]
            name = "DECLARED"
            value = "1"

            [[server]]
            name = "box"

            [[deployment]]
            name = "api"
            [deployment.config]
            server = "box"
            environment = \"""
              A = [[DECLARED]]
              B = [[ONLY_EXISTING]]
              C = [[NOWHERE]]
              D = [[ -f not-a-placeholder ]]
            \"""
            """;

    @Test
    void onePreparedDeclarationPlansAgainstEachSnapshotAsItsDeclarationDoes() {
        Declaration declaration = PlanTesting.declare(SYNC);
        PreparedDeclaration prepared = Planner.prepare(declaration);
        assertThat(prepared.declaration()).isSameAs(declaration);
        Snapshot withVariable = PlanTesting.existing("""
                [[variable]]
                name = "ONLY_EXISTING"
                value = "2"
                """).build();
        Snapshot empty = Snapshot.empty();
        for (Snapshot snapshot : List.of(withVariable, empty, withVariable)) {
            PlanResult plain = Planner.plan(declaration, snapshot, EVERYTHING);
            PlanResult fromPrepared = Planner.plan(prepared, snapshot, EVERYTHING);
            assertThat(PlanJson.render(fromPrepared)).isEqualTo(PlanJson.render(plain));
            assertThat(fromPrepared.diagnostics()).isEqualTo(plain.diagnostics());
        }
        assertThat(unknownVariables(Planner.plan(prepared, withVariable, EVERYTHING)))
                .containsExactly("NOWHERE");
        assertThat(unknownVariables(Planner.plan(prepared, empty, EVERYTHING)))
                .containsExactlyInAnyOrder("ONLY_EXISTING", "NOWHERE");
    }

    @Test
    void plansTheGeneratedWorldsAsTheirDeclarations() {
        for (long seed = 1; seed <= 40; seed++) {
            WorldGenerator.World world = new WorldGenerator(seed).generate();
            PreparedDeclaration prepared = Planner.prepare(world.declaration());
            assertThat(PlanJson.render(Planner.plan(prepared, world.snapshot(), EVERYTHING))).as("seed %s", seed)
                    .isEqualTo(PlanJson.render(Planner.plan(world.declaration(), world.snapshot(), EVERYTHING)));
        }
    }

    @Test
    void placeholdersAreFoundInEveryDeclarationInScopeOrNotInOrderWhicheverWayPlanned() {
        // Thirty declarations, so that the reference checks that find the placeholders run in pieces.
        StringBuilder toml = new StringBuilder("[[server]]\nname = \"box\"\n");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            toml.append("[[deployment]]\nname = \"app-").append(i).append("\"\n");
            if (i % 4 == 0) {
                toml.append("tags = [\"prod\"]\n");
            }
            toml.append("[deployment.config]\nserver = \"box\"\nenvironment = \"A = [[VAR_").append(i).append("]]\"\n");
            expected.add("VAR_" + i);
        }
        Declaration declaration = PlanTesting.declare(toml.toString());
        SyncOptions prod = SyncOptions.builder().matchTags(List.of("prod")).build();
        PlanResult plain = Planner.plan(declaration, Snapshot.empty(), prod);
        assertThat(unknownVariables(plain)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(PlanJson.render(Planner.plan(Planner.prepare(declaration), Snapshot.empty(), prod)))
                .isEqualTo(PlanJson.render(plain));
        assertThat(Planner.plan(Planner.prepare(declaration), Snapshot.empty(), prod).diagnostics())
                .isEqualTo(plain.diagnostics());
    }

    @Test
    void describesItselfBySizeOnly() {
        PreparedDeclaration prepared = Planner.prepare(PlanTesting.declare(SYNC));
        assertThat(prepared.toString()).isEqualTo("PreparedDeclaration[2 resources, 1 variables, 0 user groups]")
                .doesNotContain("DECLARED");
    }

    private static List<String> unknownVariables(PlanResult result) {
        return result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.UNKNOWN_VARIABLE)
                .map(Diagnostic::message).map(m -> m.substring(m.indexOf("[[") + 2, m.indexOf("]]"))).toList();
    }
}
