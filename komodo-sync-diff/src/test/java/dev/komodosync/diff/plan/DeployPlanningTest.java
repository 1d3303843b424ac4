package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.deploys;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static dev.komodosync.diff.plan.PlanTesting.skipped;
import static dev.komodosync.diff.plan.PlanTesting.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deploy decisions, cascades and stages (behaviour §5), with the departures of the architecture. */
class DeployPlanningTest {

    private static final String STACKS = """
            [[stack]]
            name = "db"
            deploy = true
            [[stack]]
            name = "api"
            deploy = true
            after = ["db"]
            [[stack]]
            name = "web"
            deploy = true
            after = ["api"]
            """;

    @Test
    void newTargetsDeployOnCreationInDependencyStages() {
        Plan plan = plan(declare(STACKS), Snapshot.empty());
        assertThat(deploys(plan)).containsExactly(
                "1: stack db (deploy on creation)", "2: stack api (deploy on creation)", "3: stack web (deploy on creation)");
        assertThat(plan.deploys().stages().get(1).get(0).after()).containsExactly("db");
    }

    @Test
    void runningUnchangedTargetsDoNotDeployAndSayWhy() {
        Plan plan = plan(declare(STACKS), existing(STACKS)
                .runtime(states("stacks:db=running", "stacks:api=running", "stacks:web=running")).build());
        assertThat(deploys(plan)).isEmpty();
        assertThat(skipped(plan)).containsExactly("stack api: running, no relevant change",
                "stack db: running, no relevant change", "stack web: running, no relevant change");
        assertThat(plan.hasChanges()).isFalse();
    }

    @Test
    void aParentsDeployCascadesToItsDependents() {
        Plan plan = plan(declare(STACKS), existing(STACKS)
                .runtime(states("stacks:db=exited", "stacks:api=running", "stacks:web=running")).build());
        assertThat(deploys(plan)).containsExactly(
                "1: stack db (stack has exited state)",
                "2: stack api (parent dependency 'db' is deploying)",
                "3: stack web (parent dependency 'api' is deploying)");
    }

    @Test
    void anUnknownStateNeitherDeploysNorCascades() {
        Plan plan = plan(declare(STACKS), existing(STACKS)
                .runtime(states("stacks:api=running", "stacks:web=running")).build());
        assertThat(deploys(plan)).isEmpty();
        assertThat(skipped(plan)).contains("stack db: state is unknown (Komodo cannot reach it, or has not checked yet)");
    }

    @Test
    void aChangedTriggerFieldRedeploysAndOtherFieldsDoNot() {
        String existing = "[[deployment]]\nname = \"api\"\ndeploy = true\nconfig.network = \"bridge\"\n";
        Snapshot snapshot = existing(existing).runtime(states("deployments:api=running")).build();
        Plan trigger = plan(declare("[[deployment]]\nname = \"api\"\ndeploy = true\nconfig.network = \"host\"\n"), snapshot);
        assertThat(deploys(trigger)).containsExactly("1: deployment api (deployment config has changed (network))");
        Plan quiet = plan(declare(existing + "config.send_alerts = false\n"), snapshot);
        assertThat(deploys(quiet)).isEmpty();
        assertThat(quiet.resources()).hasSize(1);
    }

    @Test
    void aNewBuildRedeploysADeploymentThatTracksTheLatest() {
        String toml = """
                [[build]]
                name = "api-build"
                [[deployment]]
                name = "api"
                deploy = true
                config.image = { type = "Build", params = { build = "api-build" } }
                """;
        Snapshot.Builder snapshot = existing(toml.replace("build = \"api-build\" }", "build = \"id-api-build\" }"));
        RuntimeState runtime = new RuntimeState(
                Map.of("deployments", Map.of("api", new RuntimeState.TargetState("running", "ghcr.io/acme/api:1.4.2",
                        Optional.empty(), Optional.empty()))),
                Map.of("api-build", new Version(1, 4, 3)));
        Plan plan = plan(declare(toml), snapshot.runtime(runtime).build());
        assertThat(deploys(plan)).containsExactly("1: deployment api (build has new version: 1.4.3)");
    }

    @Test
    void aPinnedVersionNeverRedeploysForANewBuild() {
        String toml = """
                [[build]]
                name = "b"
                [[deployment]]
                name = "api"
                deploy = true
                config.image = { type = "Build", params = { build = "b", version = "1.0.0" } }
                """;
        RuntimeState runtime = new RuntimeState(
                Map.of("deployments", Map.of("api", new RuntimeState.TargetState("running", "img:1.0.0",
                        Optional.empty(), Optional.empty()))),
                Map.of("b", new Version(2, 0, 0)));
        Plan plan = plan(declare(toml), existing(toml.replace("build = \"b\",", "build = \"id-b\",")).runtime(runtime).build());
        assertThat(deploys(plan)).isEmpty();
    }

    @Test
    void changedStackFilesRedeploy() {
        String toml = "[[stack]]\nname = \"web\"\ndeploy = true\n";
        RuntimeState runtime = new RuntimeState(Map.of("stacks", Map.of("web", new RuntimeState.TargetState("running", "",
                Optional.of(List.of(new RuntimeState.FileContents("compose.yaml", "a: 1\n"))),
                Optional.of(List.of(new RuntimeState.FileContents("compose.yaml", "a: 2\n")))))), Map.of());
        assertThat(deploys(plan(declare(toml), existing(toml).runtime(runtime).build())))
                .containsExactly("1: stack web (file contents for compose.yaml have changed)");
    }

    @Test
    void afterResolvesAcrossDeploymentsAndStacks() {
        // Departure from behaviour §5.4: Komodo can never make a deployment depend on a stack.
        Plan plan = plan(declare("""
                [[stack]]
                name = "db"
                deploy = true
                [[deployment]]
                name = "api"
                deploy = true
                after = ["db"]
                """), Snapshot.empty());
        assertThat(deploys(plan)).containsExactly("1: stack db (deploy on creation)", "2: deployment api (deploy on creation)");
    }

    @Test
    void anUnknownAfterNameIsAnErrorAtTheEntry() {
        PlanResult result = Planner.plan(declare("[[stack]]\nname = \"api\"\ndeploy = true\nafter = [\"postgress\", \"db\"]\n"
                + "[[stack]]\nname = \"postgres\"\n"), Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.plan()).isEmpty();
        Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(error.code()).isEqualTo(DiagnosticCode.UNKNOWN_DEPENDENCY);
        assertThat(error.location()).contains(new SourceLocation("sync.toml", 4, 10));
        assertThat(error.hint()).contains("did you mean `postgres`?");
    }

    @Test
    void anAmbiguousAfterNameIsAnError() {
        PlanResult result = Planner.plan(declare("""
                [[stack]]
                name = "db"
                [[deployment]]
                name = "db"
                [[stack]]
                name = "api"
                deploy = true
                after = ["db"]
                """), Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.AMBIGUOUS_DEPENDENCY);
    }

    @Test
    void aCycleIsAnErrorNamingEveryMemberInOrder() {
        PlanResult result = Planner.plan(declare("""
                [[stack]]
                name = "b"
                deploy = true
                after = ["c"]
                [[stack]]
                name = "a"
                deploy = true
                after = ["b"]
                [[stack]]
                name = "c"
                deploy = true
                after = ["a"]
                [[stack]]
                name = "self"
                deploy = true
                after = ["self"]
                """), Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "deploy dependencies form a cycle: a → b → c → a", "deploy dependencies form a cycle: self → self");
        assertThat(result.diagnostics().get(0).location()).contains(new SourceLocation("sync.toml", 8, 10));
    }

    @Test
    void aDependencyOnAnExistingResourceOfAnotherSyncOrdersNothing() {
        Declaration declared = declare("[[stack]]\nname = \"api\"\ndeploy = true\nafter = [\"elsewhere\"]\n");
        Snapshot snapshot = existing("[[deployment]]\nname = \"elsewhere\"\n").build();
        assertThat(deploys(plan(declared, snapshot))).containsExactly("1: stack api (deploy on creation)");
    }

    @Test
    void aRestrictedRunDeploysOnlyWhatItCoversAndReportsTheRest() {
        Plan plan = plan(declare(STACKS), Snapshot.empty(),
                SyncOptions.builder().only(SyncOptions.Restriction.parse("stack:api")).build());
        assertThat(deploys(plan)).containsExactly("1: stack api (deploy on creation)");
        assertThat(skipped(plan)).containsExactly("stack db: outside the restricted run", "stack web: outside the restricted run");
    }

    @Test
    void matchTagsDeployOnlyTaggedTargets() {
        Plan plan = plan(declare("[[stack]]\nname = \"a\"\ndeploy = true\ntags = [\"t\"]\n[[stack]]\nname = \"b\"\ndeploy = true\n"),
                Snapshot.empty(), SyncOptions.builder().matchTags(List.of("t")).build());
        assertThat(deploys(plan)).containsExactly("1: stack a (deploy on creation)");
        assertThat(skipped(plan)).containsExactly("stack b: lacks match tag t");
    }

    @Test
    void deploysWithoutDeployTrueAreNotConsidered() {
        Plan plan = plan(declare("[[stack]]\nname = \"a\"\n"), Snapshot.empty());
        assertThat(plan.deploys().count()).isZero();
        assertThat(plan.deploys().skipped()).isEmpty();
    }
}
