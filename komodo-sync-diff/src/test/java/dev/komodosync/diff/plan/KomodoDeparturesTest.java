package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.deploys;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Severity;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each place where a plan departs from what Komodo v2.3.2 would execute says so, as an info
 * diagnostic, where the departure changes the plan and nowhere else (issue 13).
 */
class KomodoDeparturesTest {

    private static final SyncOptions VARIABLES = SyncOptions.builder().includeVariables(true).build();

    /** The diagnostics of {@code code} a plan gives, which must hold no error. */
    private static List<Diagnostic> reported(DiagnosticCode code, Declaration declared, Snapshot snapshot,
            SyncOptions options) {
        PlanResult result = Planner.plan(declared, snapshot, options);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertThat(found).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
        return found;
    }

    private static List<Diagnostic> reported(DiagnosticCode code, Declaration declared, Snapshot snapshot) {
        return reported(code, declared, snapshot, SyncOptions.defaults());
    }

    @Test
    void aSecretDeclaredWithoutAValueSaysKomodoWouldResetIt() {
        List<Diagnostic> kept = reported(DiagnosticCode.SECRET_KEPT,
                declare("[[variable]]\nname = \"TOKEN\"\nis_secret = true\n"),
                existing("[[variable]]\nname = \"TOKEN\"\nvalue = \"s3cr3t\"\nis_secret = true\n").build(), VARIABLES);
        assertThat(kept).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("Komodo itself would reset this secret to empty", "#1402")
                    .doesNotContain("s3cr3t");
            assertThat(d.location()).contains(new SourceLocation("sync.toml", 1, 1));
        });
    }

    @Test
    void aSecretWithAValueOrAnEmptyExistingValueDepartsFromNothing() {
        assertThat(reported(DiagnosticCode.SECRET_KEPT,
                declare("[[variable]]\nname = \"TOKEN\"\nvalue = \"new\"\nis_secret = true\n"),
                existing("[[variable]]\nname = \"TOKEN\"\nvalue = \"old\"\nis_secret = true\n").build(), VARIABLES))
                .isEmpty();
        assertThat(reported(DiagnosticCode.SECRET_KEPT, declare("[[variable]]\nname = \"TOKEN\"\nis_secret = true\n"),
                existing("[[variable]]\nname = \"TOKEN\"\nis_secret = true\n").build(), VARIABLES)).isEmpty();
    }

    @Test
    void aDeploymentAfterAStackSaysKomodoWouldDropTheEntry() {
        List<Diagnostic> across = reported(DiagnosticCode.AFTER_ACROSS_KINDS, declare("""
                [[stack]]
                name = "db"
                deploy = true
                [[deployment]]
                name = "api"
                deploy = true
                after = ["db"]
                """), Snapshot.empty());
        assertThat(across).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("deployment `api`: after names stack `db`",
                    "Komodo v2.3.2 would resolve it as a deployment and drop it");
            assertThat(d.location()).contains(new SourceLocation("sync.toml", 7, 10));
        });
    }

    @Test
    void aStackAfterADeploymentNotYetCreatedSaysSoButNotAfterAnExistingOne() {
        String toml = """
                [[deployment]]
                name = "api"
                deploy = true
                [[stack]]
                name = "web"
                deploy = true
                after = ["api"]
                """;
        assertThat(reported(DiagnosticCode.AFTER_ACROSS_KINDS, declare(toml), Snapshot.empty()))
                .extracting(Diagnostic::message).singleElement().asString()
                .contains("stack `web`: after names deployment `api`", "resolve it as a stack");
        // Komodo finds an existing deployment by its name: no departure.
        Snapshot exited = existing("[[deployment]]\nname = \"api\"\n").runtime(states("deployments:api=exited")).build();
        assertThat(reported(DiagnosticCode.AFTER_ACROSS_KINDS, declare(toml), exited)).isEmpty();
    }

    @Test
    void anAfterAcrossKindsWhoseParentDoesNotDeployChangesNothing() {
        String toml = """
                [[stack]]
                name = "db"
                deploy = true
                [[deployment]]
                name = "api"
                deploy = true
                after = ["db"]
                """;
        Snapshot running = existing(toml).runtime(states("stacks:db=running", "deployments:api=running")).build();
        assertThat(reported(DiagnosticCode.AFTER_ACROSS_KINDS, declare(toml), running)).isEmpty();
        // Nor does an entry of the same kind.
        assertThat(reported(DiagnosticCode.AFTER_ACROSS_KINDS, declare(toml.replace("[[stack]]", "[[deployment]]")),
                Snapshot.empty())).isEmpty();
    }

    @Test
    void aPermissionOnAResourceCreatedInTheSameRunSaysKomodoWouldDropIt() {
        String groups = """
                [[user_group]]
                name = "ops"
                permissions = [{ target = { type = "Stack", id = "web-*" }, level = "Execute" }]
                """;
        SyncOptions options = SyncOptions.builder().includeUserGroups(true).build();
        List<Diagnostic> dropped = reported(DiagnosticCode.PERMISSION_ON_NEW_RESOURCE,
                declare("[[stack]]\nname = \"web-new\"\n[[stack]]\nname = \"web-old\"\n" + groups),
                existing("[[stack]]\nname = \"web-old\"\n").build(), options);
        assertThat(dropped).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("user group `ops`: a permission on stack `web-new`, which this run creates",
                    "PR #1582").doesNotContain("web-old");
            assertThat(d.location().orElseThrow().line()).isEqualTo(7);
        });
        assertThat(reported(DiagnosticCode.PERMISSION_ON_NEW_RESOURCE,
                declare("[[stack]]\nname = \"web-old\"\n" + groups), existing("[[stack]]\nname = \"web-old\"\n").build(),
                options)).isEmpty();
    }

    private static final String STACKS = """
            [[stack]]
            name = "db"
            deploy = true
            [[stack]]
            name = "api"
            deploy = true
            [[stack]]
            name = "web"
            deploy = true
            """;

    @Test
    void aRestrictedRunNamesTheTargetsKomodoWouldDeployOnCreation() {
        List<Diagnostic> restricted = reported(DiagnosticCode.RESTRICTED_RUN_DEPLOYS, declare(STACKS), Snapshot.empty(),
                SyncOptions.builder().only(SyncOptions.Restriction.parse("stack:api")).build());
        assertThat(restricted).extracting(Diagnostic::message).singleElement().asString()
                .contains("would also deploy 2 deploy = true targets outside the restriction", "stack db, stack web");
    }

    @Test
    void aRunRestrictedToEveryTargetOrNotRestrictedDepartsFromNothing() {
        assertThat(reported(DiagnosticCode.RESTRICTED_RUN_DEPLOYS, declare(STACKS), Snapshot.empty())).isEmpty();
        assertThat(reported(DiagnosticCode.RESTRICTED_RUN_DEPLOYS, declare(STACKS), Snapshot.empty(),
                SyncOptions.builder().only(SyncOptions.Restriction.parse("stack")).build())).isEmpty();
    }

    @Test
    void withIncludeResourcesOffOnlyTargetsKomodoWouldDeployAreNamed() {
        SyncOptions off = SyncOptions.builder().includeResources(false).build();
        Snapshot apiExited = existing(STACKS).runtime(states("stacks:db=running", "stacks:api=exited",
                "stacks:web=running")).build();
        assertThat(reported(DiagnosticCode.DEPLOYS_WITHOUT_RESOURCES, declare(STACKS), apiExited, off))
                .extracting(Diagnostic::message).singleElement().asString()
                .endsWith("Komodo v2.3.2 would still deploy 1 deploy = true target: stack api");
        Snapshot running = existing(STACKS).runtime(states("stacks:db=running", "stacks:api=running",
                "stacks:web=running")).build();
        assertThat(reported(DiagnosticCode.DEPLOYS_WITHOUT_RESOURCES, declare(STACKS), running, off)).isEmpty();
        assertThat(reported(DiagnosticCode.DEPLOYS_WITHOUT_RESOURCES, declare(STACKS), apiExited)).isEmpty();
    }

    @Test
    void aBuilderTypeChangeWithDefaultParamsSaysKomodoNeverAppliesIt() {
        Snapshot aws = existing("[[builder]]\nname = \"b\"\nconfig = { type = \"Aws\", params = { region = \"eu-west-1\" } }\n")
                .build();
        List<Diagnostic> typeChange = reported(DiagnosticCode.BUILDER_TYPE_CHANGE,
                declare("[[builder]]\nname = \"b\"\nconfig = { type = \"Url\", params = {} }\n"), aws);
        assertThat(typeChange).extracting(Diagnostic::message).singleElement().asString()
                .contains("builder `b`: the type changes from Aws to Url with default params", "never applies it");
        // A non-default param makes Komodo see the change too.
        assertThat(reported(DiagnosticCode.BUILDER_TYPE_CHANGE,
                declare("[[builder]]\nname = \"b\"\nconfig = { type = \"Url\", params = { address = \"https://x:8120\" } }\n"),
                aws)).isEmpty();
    }

    @Test
    void aTemplateOnlyChangeSaysKomodosPendingViewHidesIt() {
        Snapshot plain = existing("[[server]]\nname = \"s\"\n").build();
        assertThat(reported(DiagnosticCode.HIDDEN_IN_KOMODO_VIEW, declare("[[server]]\nname = \"s\"\ntemplate = true\n"),
                plain)).extracting(Diagnostic::message).singleElement().asString()
                .contains("server `s`: only template changes");
        assertThat(reported(DiagnosticCode.HIDDEN_IN_KOMODO_VIEW,
                declare("[[server]]\nname = \"s\"\ntemplate = true\ndescription = \"d\"\n"), plain)).isEmpty();
    }

    @Test
    void anIsSecretOnlyChangeSaysKomodosPendingViewHidesIt() {
        Snapshot plain = existing("[[variable]]\nname = \"A\"\nvalue = \"x\"\n").build();
        assertThat(reported(DiagnosticCode.HIDDEN_IN_KOMODO_VIEW,
                declare("[[variable]]\nname = \"A\"\nvalue = \"x\"\nis_secret = true\n"), plain, VARIABLES))
                .extracting(Diagnostic::message).singleElement().asString().contains("variable `A`: only is_secret changes");
        assertThat(reported(DiagnosticCode.HIDDEN_IN_KOMODO_VIEW,
                declare("[[variable]]\nname = \"A\"\nvalue = \"y\"\nis_secret = true\n"), plain, VARIABLES)).isEmpty();
    }

    private static Snapshot builtDeployment(String toml, String runningImage, Version latest) {
        RuntimeState runtime = new RuntimeState(Map.of("deployments", Map.of("api", new RuntimeState.TargetState(
                "running", runningImage, Optional.empty(), Optional.empty()))), Map.of("b", latest));
        return existing(toml.replace("build = \"b\"", "build = \"id-b\"")).runtime(runtime).build();
    }

    private static final String TRACKING = """
            [[build]]
            name = "b"
            [[deployment]]
            name = "api"
            deploy = true
            config.image = { type = "Build", params = { build = "b" } }
            """;

    private static final String PINNED = TRACKING.replace("build = \"b\" }", "build = \"b\", version = \"1.0.0\" }");

    @Test
    void aNewBuildOfATrackedVersionSaysKomodoWouldNotRedeploy() {
        Declaration declared = declare(TRACKING);
        Snapshot snapshot = builtDeployment(TRACKING, "img:1.4.2", new Version(1, 4, 3));
        assertThat(deploys(PlanTesting.plan(declared, snapshot))).containsExactly(
                "1: deployment api (build has new version: 1.4.3)");
        assertThat(reported(DiagnosticCode.BUILD_VERSION_REDEPLOY, declared, snapshot)).extracting(Diagnostic::message)
                .singleElement().asString().contains("tracks its build's latest version and redeploys",
                        "Komodo v2.3.2's inverted check never redeploys");
        assertThat(reported(DiagnosticCode.BUILD_VERSION_REDEPLOY, declared,
                builtDeployment(TRACKING, "img:1.4.3", new Version(1, 4, 3)))).isEmpty();
    }

    @Test
    void aPinnedVersionBelowTheLatestSaysKomodoWouldRedeploy() {
        Declaration declared = declare(PINNED);
        Snapshot snapshot = builtDeployment(PINNED, "img:1.0.0", new Version(2, 0, 0));
        assertThat(deploys(PlanTesting.plan(declared, snapshot))).isEmpty();
        assertThat(reported(DiagnosticCode.BUILD_VERSION_REDEPLOY, declared, snapshot)).extracting(Diagnostic::message)
                .singleElement().asString().contains("is pinned to a build version",
                        "would redeploy it (build has new version: 2.0.0)");
        assertThat(reported(DiagnosticCode.BUILD_VERSION_REDEPLOY, declared,
                builtDeployment(PINNED, "img:1.0.0", new Version(1, 0, 0)))).isEmpty();
    }

    @Test
    void aPinnedVersionOfABuildNeverBuiltSaysKomodoWouldNotCascade() {
        String toml = """
                [[build]]
                name = "b"
                [[deployment]]
                name = "db"
                deploy = true
                [[deployment]]
                name = "api"
                deploy = true
                after = ["db"]
                config.image = { type = "Build", params = { build = "b", version = "1.0.0" } }
                """;
        RuntimeState.TargetState exited = RuntimeState.TargetState.of("exited");
        RuntimeState.TargetState running = new RuntimeState.TargetState("running", "img:1.0.0", Optional.empty(),
                Optional.empty());
        Snapshot neverBuilt = existing(toml.replace("build = \"b\"", "build = \"id-b\"")).runtime(new RuntimeState(
                Map.of("deployments", Map.of("db", exited, "api", running)), Map.of())).build();
        assertThat(deploys(PlanTesting.plan(declare(toml), neverBuilt))).containsExactly(
                "1: deployment db (deployment has exited state)", "2: deployment api (parent dependency 'db' is deploying)");
        assertThat(reported(DiagnosticCode.BUILD_VERSION_REDEPLOY, declare(toml), neverBuilt))
                .extracting(Diagnostic::message).singleElement().asString()
                .contains("deployment `api` deploys because `db` deploys; Komodo v2.3.2 would not", "never built");
        Snapshot built = existing(toml.replace("build = \"b\"", "build = \"id-b\"")).runtime(new RuntimeState(
                Map.of("deployments", Map.of("db", exited, "api", running)), Map.of("b", new Version(1, 0, 0)))).build();
        assertThat(reported(DiagnosticCode.BUILD_VERSION_REDEPLOY, declare(toml), built)).isEmpty();
    }

    @Test
    void aReferenceByIdSaysKomodoWouldUpdateItOnEveryRun() {
        PlanResult result = Planner.plan(declare("[[server]]\nname = \"nas\"\n[[stack]]\nname = \"web\"\nconfig.server = \"id-nas\"\n"),
                existing("[[server]]\nname = \"nas\"\n[[stack]]\nname = \"web\"\nconfig.server = \"id-nas\"\n").build(),
                SyncOptions.defaults());
        assertThat(result.plan().orElseThrow().resources()).isEmpty();
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.REFERENCE_BY_ID)
                .extracting(Diagnostic::message).singleElement().asString()
                .contains("by its id `id-nas`", "Komodo v2.3.2 would plan an update of it on every run");
    }
}
