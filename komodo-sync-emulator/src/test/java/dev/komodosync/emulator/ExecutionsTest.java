package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules 9 and 11 (komodo-api §5.9, §5.11, §3.7): deploys, their updates, busy state, runtime state. */
class ExecutionsTest {

    private KomodoEmulator emulator;
    private Http admin;

    @BeforeEach
    void start() {
        emulator = KomodoEmulator.builder().deployDuration(Duration.ofMillis(300)).build().start();
        admin = Http.admin(emulator);
        admin.ok("write", "CreateServer", "{\"name\":\"srv\",\"config\":{\"enabled\":true}}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode listed(String type, String name) {
        for (JsonNode item : admin.ok("read", type, "{}")) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    @Test
    void deployAnswersInProgressAndGetUpdateLaterShowsItComplete() {
        String id = Http.id(admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\","
                + "\"image\":{\"type\":\"Image\",\"params\":{\"image\":\"nginx:1.27\"}}}}"));
        assertThat(listed("ListDeployments", "api").path("info").path("state").asText()).isEqualTo("not_deployed");
        JsonNode update = admin.ok("execute", "Deploy", "{\"deployment\":\"api\",\"stop_signal\":null,\"stop_time\":null}");
        assertThat(update.path("status").asText()).isEqualTo("InProgress");
        assertThat(update.path("operation").asText()).isEqualTo("Deploy");
        assertThat(update.path("operator").asText()).isEqualTo(emulator.adminUserId());
        assertThat(update.path("target").toString()).isEqualTo("{\"type\":\"Deployment\",\"id\":\"" + id + "\"}");
        assertThat(update.path("logs")).isEmpty();
        assertThat(update.path("end_ts").isNull()).isTrue();
        assertThat(listed("ListDeployments", "api").path("info").path("state").asText()).isEqualTo("deploying");
        assertThat(admin.ok("read", "GetDeploymentActionState", "{\"deployment\":\"api\"}").path("deploying").asBoolean()).isTrue();
        JsonNode done = admin.awaitUpdate(update);
        assertThat(done.path("success").asBoolean()).isTrue();
        assertThat(done.path("end_ts").asLong()).isPositive();
        JsonNode container = admin.ok("read", "GetDeploymentContainer", "{\"deployment\":\"api\"}");
        assertThat(container.path("state").asText()).isEqualTo("running");
        assertThat(container.path("container").path("image").asText()).isEqualTo("nginx:1.27");
        assertThat(listed("ListDeployments", "api").path("info").path("state").asText()).isEqualTo("running");
    }

    @Test
    void aBuildBasedDeploymentRunsTheBuildsLatestVersion() {
        String seed = "{\"builds\":[{\"_id\":{\"$oid\":\"bbbbbbbbbbbbbbbbbbbbbbbb\"},\"name\":\"app\"}],"
                + "\"servers\":[{\"_id\":{\"$oid\":\"cccccccccccccccccccccccc\"},\"name\":\"srv\",\"config\":{\"enabled\":true}}],"
                + "\"runtime\":{\"build_versions\":{\"app\":\"1.4.3\"}}}";
        try (KomodoEmulator seeded = KomodoEmulator.builder().seedJson(seed).deployDuration(Duration.ZERO).build().start()) {
            Http http = Http.admin(seeded);
            assertThat(http.ok("read", "ListBuildVersions", "{\"build\":\"app\",\"limit\":1}").toString())
                    .startsWith("[{\"version\":{\"major\":1,\"minor\":4,\"patch\":3}");
            http.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\","
                    + "\"image\":{\"type\":\"Build\",\"params\":{\"build_id\":\"app\"}}}}");
            http.awaitUpdate(http.ok("execute", "Deploy", "{\"deployment\":\"api\"}"));
            assertThat(http.ok("read", "GetDeploymentContainer", "{\"deployment\":\"api\"}").path("container")
                    .path("image").asText()).isEqualTo("app:1.4.3");
        }
    }

    @Test
    void deployStackDeploysItsFilesAndHash() {
        String seed = "{\"servers\":[{\"_id\":{\"$oid\":\"cccccccccccccccccccccccc\"},\"name\":\"srv\",\"config\":{\"enabled\":true}}],"
                + "\"stacks\":[{\"_id\":{\"$oid\":\"dddddddddddddddddddddddd\"},\"name\":\"web\",\"config\":{\"server_id\":"
                + "\"cccccccccccccccccccccccc\",\"repo\":\"acme/web\"},\"info\":{\"latest_hash\":\"abc123\",\"remote_contents\":"
                + "[{\"path\":\"compose.yaml\",\"contents\":\"services: {}\\n\"}]}}]}";
        try (KomodoEmulator seeded = KomodoEmulator.builder().seedJson(seed).deployDuration(Duration.ZERO).build().start()) {
            Http http = Http.admin(seeded);
            assertThat(http.ok("read", "ListStacks", "{}").get(0).path("info").path("state").asText())
                    .as("a seeded stack without runtime is unknown").isEqualTo("unknown");
            JsonNode done = http.awaitUpdate(http.ok("execute", "DeployStack", "{\"stack\":\"web\",\"services\":[],\"stop_time\":null}"));
            assertThat(done.path("operation").asText()).isEqualTo("DeployStack");
            assertThat(done.path("success").asBoolean()).isTrue();
            JsonNode stack = http.ok("read", "GetStack", "{\"stack\":\"web\"}");
            assertThat(stack.path("info").path("deployed_contents").toString())
                    .isEqualTo("[{\"path\":\"compose.yaml\",\"contents\":\"services: {}\\n\"}]");
            assertThat(stack.path("info").path("deployed_hash").asText()).isEqualTo("abc123");
            assertThat(http.ok("read", "ListStacks", "{}").get(0).path("info").path("state").asText()).isEqualTo("running");
            assertThat(seeded.dump().runtime().targets().get("stacks").get("web").state()).isEqualTo("running");
        }
    }

    @Test
    void deployingAnUnknownTargetIs500AtOnce() {
        Http.Response response = admin.execute("Deploy", "{\"deployment\":\"ghost\"}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.error()).isEqualTo("Did not find any Deployment matching ghost");
    }

    @Test
    void aSecondDeployWhileTheFirstRunsEndsInATaskErrorAndUpdatesAreRefused() {
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\"}}");
        JsonNode first = admin.ok("execute", "Deploy", "{\"deployment\":\"api\"}");
        JsonNode second = admin.ok("execute", "Deploy", "{\"deployment\":\"api\"}");
        Http.Response update = admin.write("UpdateDeployment", "{\"id\":\"api\",\"config\":{\"network\":\"x\"}}");
        assertThat(update.status()).isEqualTo(500);
        assertThat(update.error()).isEqualTo("Deployment busy");
        assertThat(admin.write("DeleteDeployment", "{\"id\":\"api\"}").error()).isEqualTo("Deployment busy");
        JsonNode failed = admin.awaitUpdate(second);
        assertThat(failed.path("success").asBoolean()).isFalse();
        assertThat(failed.path("logs").get(0).path("stage").asText()).isEqualTo("Task Error");
        assertThat(failed.path("logs").get(0).path("stderr").asText()).isEqualTo("Resource is busy");
        assertThat(admin.awaitUpdate(first).path("success").asBoolean()).isTrue();
        assertThat(admin.write("UpdateDeployment", "{\"id\":\"api\",\"config\":{\"network\":\"x\"}}").status()).isEqualTo(200);
    }

    @Test
    void aResourceMarkedBusyRefusesUpdatesAndDeploys() {
        admin.ok("write", "CreateStack", "{\"name\":\"web\",\"config\":{\"server_id\":\"srv\"}}");
        emulator.faults().markBusy("Stack", "web");
        assertThat(admin.write("UpdateStack", "{\"id\":\"web\",\"config\":{}}").error()).isEqualTo("Stack busy");
        JsonNode failed = admin.awaitUpdate(admin.ok("execute", "DeployStack", "{\"stack\":\"web\"}"));
        assertThat(failed.path("logs").get(0).path("stderr").asText()).isEqualTo("Resource is busy");
        emulator.faults().clearBusy("Stack", "web");
        assertThat(admin.write("UpdateStack", "{\"id\":\"web\",\"config\":{}}").status()).isEqualTo(200);
    }

    @Test
    void anInjectedTaskErrorLeavesTheTargetUndeployed() {
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\"}}");
        emulator.faults().failNextDeploy("api", DeployFailure.TASK_ERROR, "registry token missing");
        JsonNode done = admin.awaitUpdate(admin.ok("execute", "Deploy", "{\"deployment\":\"api\"}"));
        assertThat(done.path("success").asBoolean()).isFalse();
        assertThat(done.path("logs").get(0).path("stage").asText()).isEqualTo("Task Error");
        assertThat(done.path("logs").get(0).path("stderr").asText()).isEqualTo("registry token missing");
        assertThat(admin.ok("read", "GetDeploymentContainer", "{\"deployment\":\"api\"}").path("state").asText())
                .isEqualTo("not_deployed");
    }

    @Test
    void anInjectedFailedLogCountsAsDeployedButExited() {
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\"}}");
        emulator.faults().failNextDeploy("api", DeployFailure.FAILED_LOG, "container exited with 1");
        JsonNode done = admin.awaitUpdate(admin.ok("execute", "Deploy", "{\"deployment\":\"api\"}"));
        assertThat(done.path("success").asBoolean()).isFalse();
        assertThat(done.path("logs").get(0).path("stage").asText()).isNotEqualTo("Task Error");
        assertThat(admin.ok("read", "GetDeploymentContainer", "{\"deployment\":\"api\"}").path("state").asText())
                .isEqualTo("exited");
    }

    @Test
    void aDeployOnADisabledServerEndsInATaskErrorAndItsDeploymentsReadUnknown() {
        admin.ok("write", "CreateServer", "{\"name\":\"off\"}");
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"off\"}}");
        assertThat(listed("ListDeployments", "api").path("info").path("state").asText()).isEqualTo("unknown");
        JsonNode done = admin.awaitUpdate(admin.ok("execute", "Deploy", "{\"deployment\":\"api\"}"));
        assertThat(done.path("logs").get(0).path("stage").asText()).isEqualTo("Task Error");
        assertThat(done.path("logs").get(0).path("stderr").asText()).contains("disabled");
    }

    @Test
    void withoutExecutePermissionTheDeployEndsInATaskError() {
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\"}}");
        EmulatorUser bob = emulator.addUser("bob");
        admin.ok("write", "UpdatePermissionOnTarget", "{\"user_target\":{\"type\":\"User\",\"id\":\"bob\"},"
                + "\"resource_target\":{\"type\":\"Deployment\",\"id\":\"api\"},\"permission\":\"Read\"}");
        Http http = Http.as(emulator, bob);
        JsonNode done = http.awaitUpdate(http.ok("execute", "Deploy", "{\"deployment\":\"api\"}"));
        assertThat(done.path("success").asBoolean()).isFalse();
        assertThat(done.path("logs").get(0).path("stderr").asText()).contains("Must have at least Execute permissions");
    }

    @Test
    void getUpdateOfAnUnknownIdIs500() {
        assertThat(admin.read("GetUpdate", "{\"id\":\"0123456789abcdef01234567\"}").status()).isEqualTo(500);
    }

    @Test
    void listUpdatesShowsTheUpdatesNewestFirst() {
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\"}}");
        JsonNode deploy = admin.awaitUpdate(admin.ok("execute", "Deploy", "{\"deployment\":\"api\"}"));
        admin.ok("write", "RenameDeployment", "{\"id\":\"api\",\"name\":\"api2\"}");
        JsonNode updates = admin.ok("read", "ListUpdates", "{}");
        assertThat(updates.path("updates")).hasSize(2);
        assertThat(updates.path("updates").get(0).path("operation").asText()).isEqualTo("RenameDeployment");
        assertThat(updates.path("updates").get(1).path("id").asText()).isEqualTo(Http.id(deploy));
        assertThat(updates.path("updates").get(1).path("username").asText()).isEqualTo("admin");
        assertThat(updates.has("next_page")).isFalse();
    }
}
