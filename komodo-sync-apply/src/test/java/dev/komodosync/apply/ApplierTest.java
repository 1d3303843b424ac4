package dev.komodosync.apply;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplierTest {

    private static final String WORLD = """
            [[variable]]
            name = "DOMAIN"
            value = "example.net"

            [[user_group]]
            name = "ops"
            users = ["bob", "anna"]
            all.Server = "Read"
            permissions = [{ target = { type = "Deployment", id = "api" }, level = "Execute" }]

            [[deployment]]
            name = "api"
            tags = ["web"]
            deploy = true
            after = ["db"]
            [deployment.config]
            server = "box"
            image = { type = "Image", params = { image = "api:1" } }

            [[deployment]]
            name = "db"
            deploy = true
            [deployment.config]
            server = "box"
            image = { type = "Image", params = { image = "postgres:16" } }

            [[server]]
            name = "box"
            description = "the box"
            [server.config]
            address = "https://box:8120"
            """;

    private static final SyncOptions ALL = SyncOptions.builder().includeVariables(true).includeUserGroups(true).build();

    private static Plan createAll() {
        return plan(declare(WORLD), Snapshot.builder().build(), ALL);
    }

    private static List<String> lines(ApplyReport report) {
        return report.items().stream().map(o -> o.status().label() + " " + o.item().describe()
                + (o.detail().isEmpty() ? "" : " / " + o.detail())).toList();
    }

    @Test
    void callsFollowKomodosOrderWithPermissionsAfterResources() {
        RecordingApi api = new RecordingApi();

        ApplyReport report = Applier.apply(createAll(), api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).containsExactly(
                "CreateVariable DOMAIN",
                "CreateUserGroup ops",
                "SetUsersInUserGroup ops [anna, bob]",
                "SetEveryoneUserGroup ops false",
                "UpdatePermissionOnResourceType ops Server Read",
                "CreateServer box",
                "UpdateResourceMeta Server box [description=the box, template=false, tags=[]]",
                "CreateDeployment api",
                "UpdateResourceMeta Deployment api [description=, template=false, tags=[web]]",
                "CreateDeployment db",
                "UpdateResourceMeta Deployment db [description=, template=false, tags=[]]",
                "UpdatePermissionOnTarget ops Deployment api Execute",
                "Deploy db",
                "Deploy api");
        assertThat(report.succeeded()).isTrue();
        assertThat(report.count(ItemOutcome.Status.DONE)).isEqualTo(8);
    }

    @Test
    void anUpdateSendsChangedMetaThenOnlyTheChangedTopLevelFields() {
        Snapshot snapshot = existing("""
                [[server]]
                name = "box"
                description = "old"
                [server.config]
                address = "https://box:8120"
                region = "attic"
                """).build();
        Plan plan = plan(declare("""
                [[server]]
                name = "box"
                description = "new"
                [server.config]
                address = "https://box:8120"
                region = "cellar"
                """), snapshot);
        RecordingApi api = new RecordingApi();

        Applier.apply(plan, api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).containsExactly(
                "UpdateResourceMeta Server box [description=new]",
                "UpdateServer box [region]");
    }

    @Test
    void aFailedItemIsReportedWithKomodosTextAndTheRunGoesOn() {
        RecordingApi api = new RecordingApi().fail("CreateVariable DOMAIN", "name taken");

        ApplyReport report = Applier.apply(createAll(), api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(lines(report)).first().isEqualTo("failed create variable 'DOMAIN' / name taken");
        assertThat(api.calls).contains("CreateServer box", "Deploy api");
        assertThat(report.succeeded()).isFalse();
    }

    @Test
    void aFailedRoundStopsTheRoundsAfterIt() {
        RecordingApi api = new RecordingApi().failDeploy("db", "Task Error: no such image");

        ApplyReport report = Applier.apply(createAll(), api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).doesNotContain("Deploy api");
        assertThat(lines(report)).endsWith(
                "failed deploy deployment 'db' / Task Error: no such image",
                "skipped deploy deployment 'api' / deploy round 1 failed");
    }

    @Test
    void aFailedCreateSkipsItsDeployAndFailsPermissionsOnIt() {
        RecordingApi api = new RecordingApi().fail("CreateDeployment api", "invalid ports");

        ApplyReport report = Applier.apply(createAll(), api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).doesNotContain("UpdatePermissionOnTarget ops Deployment api Execute", "Deploy api");
        assertThat(lines(report)).contains(
                "failed create deployment 'api' / invalid ports",
                "failed set permission 'ops -> Deployment 'api'' / Deployment 'api' does not exist: its create failed",
                "skipped deploy deployment 'api' / its resource change failed");
    }

    @Test
    void aFailedGroupCreateSkipsItsPermissions() {
        RecordingApi api = new RecordingApi().fail("CreateUserGroup ops", "duplicate");

        ApplyReport report = Applier.apply(createAll(), api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).doesNotContain("SetUsersInUserGroup ops [anna, bob]");
        assertThat(lines(report)).contains(
                "skipped set permission 'ops -> Deployment 'api'' / the create of user group 'ops' failed");
    }

    @Test
    void proceduresAreRetriedInPassesUntilWhatTheyNameExists() {
        Plan plan = plan(declare("""
                [[procedure]]
                name = "a-first"
                [[procedure.config.stage]]
                name = "run b"
                executions = [{ execution.type = "RunProcedure", execution.params.procedure = "b-second" }]

                [[procedure]]
                name = "b-second"
                """), Snapshot.builder().build());
        RecordingApi api = new RecordingApi()
                .failUnless("CreateProcedure a-first", calls -> calls.contains("CreateProcedure b-second"));

        ApplyReport report = Applier.apply(plan, api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).containsExactly(
                "CreateProcedure a-first",
                "CreateProcedure b-second",
                "UpdateResourceMeta Procedure b-second [description=, template=false, tags=[]]",
                "CreateProcedure a-first",
                "UpdateResourceMeta Procedure a-first [description=, template=false, tags=[]]");
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void aProcedureThatNeverSucceedsIsFailedWithItsLastError() {
        Plan plan = plan(declare("""
                [[procedure]]
                name = "p"
                """), Snapshot.builder().build());
        RecordingApi api = new RecordingApi().fail("CreateProcedure p", "no Execute on target");

        ApplyReport report = Applier.apply(plan, api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(lines(report)).containsExactly("failed create procedure 'p' / no Execute on target");
        assertThat(api.calls).containsExactly("CreateProcedure p");
    }

    @Test
    void cancellingSkipsEveryLaterItem() {
        Cancellation cancellation = Cancellation.create();
        RecordingApi api = new RecordingApi();
        ApplyListener cancelAfterFirst = new ApplyListener() {
            @Override
            public void finished(ItemOutcome outcome, java.time.Duration took) {
                cancellation.cancel();
            }
        };

        ApplyReport report = Applier.apply(createAll(), api, ApplyOptions.builder().cancellation(cancellation).build(),
                cancelAfterFirst);

        assertThat(api.calls).containsExactly("CreateVariable DOMAIN");
        assertThat(report.items()).hasSize(8);
        assertThat(report.items().subList(1, 8)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ItemOutcome.Status.SKIPPED);
            assertThat(o.detail()).isEqualTo("cancelled");
        });
    }

    @Test
    void parallelismOneDeploysOneAtATime() {
        Plan plan = plan(declare("""
                [[server]]
                name = "box"
                [[stack]]
                name = "a"
                deploy = true
                [stack.config]
                server = "box"
                [[stack]]
                name = "b"
                deploy = true
                [stack.config]
                server = "box"
                """), Snapshot.builder().build());
        RecordingApi api = new RecordingApi();

        ApplyReport report = Applier.apply(plan, api, ApplyOptions.builder().parallelism(1).build(), ApplyListener.NONE);

        assertThat(api.maxInFlight.get()).isEqualTo(1);
        assertThat(api.calls).endsWith("DeployStack a", "DeployStack b");
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void theListenerHearsEveryItemAndEveryRound() {
        List<String> heard = new ArrayList<>();
        ApplyListener listener = new ApplyListener() {
            @Override
            public synchronized void finished(ItemOutcome outcome, java.time.Duration took) {
                heard.add(outcome.item().describe());
            }

            @Override
            public synchronized void roundStarted(int round, int rounds, int deploys) {
                heard.add("round " + round + "/" + rounds + " (" + deploys + ")");
            }
        };

        Applier.apply(createAll(), new RecordingApi(), ApplyOptions.defaults(), listener);

        assertThat(heard).endsWith("round 1/2 (1)", "deploy deployment 'db'", "round 2/2 (1)", "deploy deployment 'api'");
        assertThat(heard).hasSize(10);
    }

    @Test
    void aSecretIsRevealedOnlyToTheApi() {
        Plan plan = plan(declare("""
                [[variable]]
                name = "TOKEN"
                value = "hunter2-secret"
                is_secret = true
                """), Snapshot.builder().build(), ALL);
        RecordingApi api = new RecordingApi();

        ApplyReport report = Applier.apply(plan, api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.revealed).containsExactly("hunter2-secret");
        assertThat(ApplyReportText.render(report) + ApplyReportJson.render(report) + ApplyReportMarkdown.render(report)
                + report).doesNotContain("hunter2");
    }

    @Test
    void syncOptionsDeleteGivesDeletes() {
        Plan plan = plan(declare(""), existing("""
                [[server]]
                name = "old"
                """).build(), SyncOptions.builder().delete(true).allowEmpty(true).build());
        RecordingApi api = new RecordingApi();

        Applier.apply(plan, api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).containsExactly("DeleteServer old");
    }

    @Test
    void aPermissionResetOnAResourceTheRunDeletesIsSentBeforeTheDelete() {
        Snapshot.Builder snapshot = existing("""
                [[user_group]]
                name = "ops"
                [[stack]]
                name = "old"
                """);
        snapshot.add(new Snapshot.StoredPermission("group-ops", dev.komodosync.model.config.ResourceTargetVariant.STACK,
                "id-old", dev.komodosync.model.config.PermissionLevel.WRITE, List.of()));
        Plan plan = plan(declare("""
                [[user_group]]
                name = "ops"
                """), snapshot.build(), SyncOptions.builder().includeUserGroups(true).delete(true).allowEmpty(true).build());
        RecordingApi api = new RecordingApi();

        Applier.apply(plan, api, ApplyOptions.defaults(), ApplyListener.NONE);

        assertThat(api.calls).containsExactly("UpdatePermissionOnTarget ops Stack old None", "DeleteStack old");
    }

    @Test
    void everyProcedureItemIsStartedOnceAndFinishedOnce() {
        Plan plan = plan(declare("""
                [[procedure]]
                name = "a-first"
                [[procedure.config.stage]]
                name = "run b"
                executions = [{ execution.type = "RunProcedure", execution.params.procedure = "b-second" }]

                [[procedure]]
                name = "b-second"
                """), Snapshot.builder().build());
        RecordingApi api = new RecordingApi()
                .failUnless("CreateProcedure a-first", calls -> calls.contains("CreateProcedure b-second"));
        List<String> heard = new ArrayList<>();
        ApplyListener listener = new ApplyListener() {
            @Override
            public void started(ApplyItem item) {
                heard.add("start " + item.name());
            }

            @Override
            public void finished(ItemOutcome outcome, java.time.Duration took) {
                heard.add(outcome.status().label() + " " + outcome.item().name());
            }
        };

        Applier.apply(plan, api, ApplyOptions.defaults(), listener);

        assertThat(heard).containsExactly("start a-first", "start b-second", "done b-second", "done a-first");
    }
}
