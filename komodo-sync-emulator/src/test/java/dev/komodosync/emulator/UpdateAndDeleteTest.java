package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules 6 and 7 (komodo-api §5.6, §5.7, §3.3): partial updates, renames, deletes and their side effects. */
class UpdateAndDeleteTest {

    private KomodoEmulator emulator;
    private Http admin;

    @BeforeEach
    void start() {
        emulator = KomodoEmulator.builder().build().start();
        admin = Http.admin(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void anUpdateReplacesEachGivenTopLevelFieldWhole() {
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"image\":{\"type\":\"Image\","
                + "\"params\":{\"image\":\"nginx:1\"}},\"ports\":\"80:80\",\"network\":\"web\"}}");
        JsonNode updated = admin.ok("write", "UpdateDeployment", "{\"id\":\"api\",\"config\":{\"image\":{\"type\":\"Image\","
                + "\"params\":{\"image\":\"nginx:2\"}},\"ports\":null}}");
        assertThat(updated.path("config").path("image").path("params").path("image").asText()).isEqualTo("nginx:2");
        assertThat(updated.path("config").path("ports").asText()).as("null is not given").isEqualTo("80:80");
        assertThat(updated.path("config").path("network").asText()).isEqualTo("web");
    }

    @Test
    void anUpdateWithoutChangesWritesNothing() throws InterruptedException {
        JsonNode created = admin.ok("write", "CreateServer", "{\"name\":\"srv\",\"config\":{\"region\":\"eu\"}}");
        Thread.sleep(5);
        JsonNode same = admin.ok("write", "UpdateServer", "{\"id\":\"srv\",\"config\":{\"region\":\"eu\"}}");
        assertThat(same.path("updated_at")).isEqualTo(created.path("updated_at"));
        Thread.sleep(5);
        JsonNode changed = admin.ok("write", "UpdateServer", "{\"id\":\"srv\",\"config\":{\"region\":\"us\"}}");
        assertThat(changed.path("updated_at").asLong()).isGreaterThan(created.path("updated_at").asLong());
    }

    @Test
    void anUpdateNeedsAConfigAndAnExistingTarget() {
        admin.ok("write", "CreateServer", "{\"name\":\"srv\"}");
        assertThat(admin.write("UpdateServer", "{\"id\":\"srv\"}").status()).isEqualTo(500);
        Http.Response missing = admin.write("UpdateServer", "{\"id\":\"nope\",\"config\":{}}");
        assertThat(missing.status()).isEqualTo(500);
        assertThat(missing.error()).isEqualTo("Did not find any Server matching nope");
    }

    @Test
    void updateResolvesReferences() {
        String server = Http.id(admin.ok("write", "CreateServer", "{\"name\":\"srv\"}"));
        admin.ok("write", "CreateRepo", "{\"name\":\"code\"}");
        JsonNode updated = admin.ok("write", "UpdateRepo", "{\"id\":\"code\",\"config\":{\"server_id\":\"srv\"}}");
        assertThat(updated.path("config").path("server_id").asText()).isEqualTo(server);
    }

    @Test
    void aBuilderUpdateMergesItsParams() {
        admin.ok("write", "CreateBuilder", "{\"name\":\"b\",\"config\":{\"type\":\"Url\",\"params\":{\"address\":\"https://x\","
                + "\"passkey\":\"secret\"}}}");
        JsonNode updated = admin.ok("write", "UpdateBuilder", "{\"id\":\"b\",\"config\":{\"params\":{\"address\":\"https://y\"}}}");
        assertThat(updated.path("config").path("type").asText()).isEqualTo("Url");
        assertThat(updated.path("config").path("params").path("address").asText()).isEqualTo("https://y");
        assertThat(updated.path("config").path("params").path("passkey").asText()).isEqualTo("secret");
    }

    @Test
    void renameNormalisesAndReturnsAnUpdate() {
        String id = Http.id(admin.ok("write", "CreateStack", "{\"name\":\"web\"}"));
        JsonNode update = admin.ok("write", "RenameStack", "{\"id\":\"web\",\"name\":\"New Web\"}");
        assertThat(update.path("operation").asText()).isEqualTo("RenameStack");
        assertThat(update.path("status").asText()).isEqualTo("Complete");
        assertThat(admin.ok("read", "GetStack", "{\"stack\":\"" + id + "\"}").path("name").asText()).isEqualTo("new_web");
    }

    @Test
    void renameOntoATakenNameIs500() {
        admin.ok("write", "CreateProcedure", "{\"name\":\"a\"}");
        admin.ok("write", "CreateProcedure", "{\"name\":\"b\"}");
        Http.Response response = admin.write("RenameProcedure", "{\"id\":\"a\",\"name\":\"b\"}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.error()).contains("This name may already be taken");
    }

    @Test
    void deleteReturnsTheDocumentAndRemovesItsPermissionsAndAlerterTargets() {
        JsonNode deployment = admin.ok("write", "CreateDeployment", "{\"name\":\"api\"}");
        String id = Http.id(deployment);
        admin.ok("write", "CreateUserGroup", "{\"name\":\"ops\"}");
        admin.ok("write", "UpdatePermissionOnTarget", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"},"
                + "\"resource_target\":{\"type\":\"Deployment\",\"id\":\"api\"},\"permission\":\"Execute\"}");
        admin.ok("write", "CreateAlerter", "{\"name\":\"al\",\"config\":{\"resources\":[{\"type\":\"Deployment\",\"id\":\""
                + id + "\"},{\"type\":\"Deployment\",\"id\":\"api\"}],\"except_resources\":[{\"type\":\"Deployment\",\"id\":\""
                + id + "\"}]}}");
        JsonNode deleted = admin.ok("write", "DeleteDeployment", "{\"id\":\"api\"}");
        assertThat(Http.id(deleted)).isEqualTo(id);
        assertThat(admin.ok("read", "ListUserTargetPermissions", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"}}"))
                .isEmpty();
        JsonNode alerter = admin.ok("read", "GetAlerter", "{\"alerter\":\"al\"}");
        assertThat(alerter.path("config").path("resources").toString())
                .as("by id only").isEqualTo("[{\"type\":\"Deployment\",\"id\":\"api\"}]");
        assertThat(alerter.path("config").path("except_resources")).isEmpty();
    }

    @Test
    void deletingAServerClearsServerIdOnDeploymentsStacksAndReposButNotSwarmsOrBuilders() {
        String server = Http.id(admin.ok("write", "CreateServer", "{\"name\":\"srv\"}"));
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv\"}}");
        admin.ok("write", "CreateStack", "{\"name\":\"web\",\"config\":{\"server_id\":\"srv\"}}");
        admin.ok("write", "CreateRepo", "{\"name\":\"code\",\"config\":{\"server_id\":\"srv\"}}");
        admin.ok("write", "CreateSwarm", "{\"name\":\"sw\",\"config\":{\"server_ids\":[\"srv\"]}}");
        admin.ok("write", "CreateBuilder", "{\"name\":\"b\",\"config\":{\"type\":\"Server\",\"params\":{\"server_ids\":[\"srv\"]}}}");
        admin.ok("write", "DeleteServer", "{\"id\":\"srv\"}");
        assertThat(admin.ok("read", "GetDeployment", "{\"deployment\":\"api\"}").path("config").path("server_id").asText()).isEmpty();
        assertThat(admin.ok("read", "GetStack", "{\"stack\":\"web\"}").path("config").path("server_id").asText()).isEmpty();
        assertThat(admin.ok("read", "GetRepo", "{\"repo\":\"code\"}").path("config").path("server_id").asText()).isEmpty();
        assertThat(admin.ok("read", "GetSwarm", "{\"swarm\":\"sw\"}").path("config").path("server_ids").get(0).asText())
                .isEqualTo(server);
        assertThat(admin.ok("read", "GetBuilder", "{\"builder\":\"b\"}").path("config").path("params").path("server_ids")
                .get(0).asText()).isEqualTo(server);
    }

    @Test
    void deletingABuilderClearsBuilderIdOnBuildsAndRepos() {
        admin.ok("write", "CreateBuilder", "{\"name\":\"b\"}");
        admin.ok("write", "CreateBuild", "{\"name\":\"app\",\"config\":{\"builder_id\":\"b\"}}");
        admin.ok("write", "CreateRepo", "{\"name\":\"code\",\"config\":{\"builder_id\":\"b\"}}");
        admin.ok("write", "DeleteBuilder", "{\"id\":\"b\"}");
        assertThat(admin.ok("read", "GetBuild", "{\"build\":\"app\"}").path("config").path("builder_id").asText()).isEmpty();
        assertThat(admin.ok("read", "GetRepo", "{\"repo\":\"code\"}").path("config").path("builder_id").asText()).isEmpty();
    }

    @Test
    void otherKindsLeaveDanglingIdsAndDeleteNeverRefuses() {
        String build = Http.id(admin.ok("write", "CreateBuild", "{\"name\":\"app\"}"));
        admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"image\":{\"type\":\"Build\",\"params\":{\"build_id\":\"app\"}}}}");
        assertThat(admin.write("DeleteBuild", "{\"id\":\"app\"}").status()).isEqualTo(200);
        assertThat(admin.ok("read", "GetDeployment", "{\"deployment\":\"api\"}").path("config").path("image").path("params")
                .path("build_id").asText()).isEqualTo(build);
        assertThat(admin.write("DeleteBuild", "{\"id\":\"app\"}").status()).isEqualTo(500);
    }
}
