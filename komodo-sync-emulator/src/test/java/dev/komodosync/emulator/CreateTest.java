package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 5 (komodo-api §5.5, §3.3, §3.4): create checks in Core's order, normalises, resolves, fills defaults. */
class CreateTest {

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

    @ParameterizedTest(name = "{0} ''{1}'' is stored as ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "Build      | ' My App!'   | my_app_",
        "Stack      | '--Web Site' | web_site",
        "Deployment | ' .My App:1' | My_App_1",
        "Repo       | ' my repo '  | my_repo",
        "Server     | ' my server '| my server",
        "Procedure  | 'a\\nb'      | a\\nb",
    })
    void namesAreNormalisedPerKind(String kind, String requested, String stored) {
        String name = requested.replace("\\n", "\n");
        JsonNode created = admin.ok("write", "Create" + kind, Http.JSON.createObjectNode().put("name", name).toString());
        assertThat(created.path("name").asText()).isEqualTo(stored.replace("\\n", "_"));
    }

    @Test
    void theCreatedResourceHasCoresEmptyMetaAndTheDefaultsOfAbsentFields() {
        JsonNode created = admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"network\":\"web\"}}");
        assertThat(created.path("description").asText()).isEmpty();
        assertThat(created.path("template").asBoolean()).isFalse();
        assertThat(created.path("tags")).isEmpty();
        assertThat(created.path("base_permission").asText()).isEqualTo("None");
        assertThat(created.path("updated_at").asLong()).isPositive();
        assertThat(created.path("config").path("network").asText()).isEqualTo("web");
        assertThat(created.path("config").path("restart").asText()).isEqualTo("no");
        assertThat(created.path("config").path("image").path("type").asText()).isEqualTo("Image");
        JsonNode stack = admin.ok("write", "CreateStack", "{\"name\":\"web\"}");
        assertThat(stack.path("config").path("branch").asText()).isEqualTo("main");
        assertThat(stack.path("config").path("git_provider").asText()).isEqualTo("github.com");
    }

    @Test
    void anEmptyNameIs400() {
        Http.Response response = admin.write("CreateServer", "{\"name\":\"\"}");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void aNameThatIsAnObjectIdIs400() {
        assertThat(admin.write("CreateAlerter", "{\"name\":\"0123456789abcdef01234567\"}").status()).isEqualTo(400);
    }

    @Test
    void aNameTakenAfterNormalisationIs409() {
        admin.ok("write", "CreateBuild", "{\"name\":\"app\"}");
        Http.Response response = admin.write("CreateBuild", "{\"name\":\" APP \"}");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error()).isEqualTo("Resource with name 'app' already exists");
        assertThat(admin.ok("write", "CreateStack", "{\"name\":\"app\"}").path("name").asText())
                .as("names are unique within a kind only").isEqualTo("app");
    }

    @Test
    void referencesByNameAreStoredAsIds() {
        String server = Http.id(admin.ok("write", "CreateServer", "{\"name\":\"srv\"}"));
        String build = Http.id(admin.ok("write", "CreateBuild", "{\"name\":\"app\"}"));
        String repo = Http.id(admin.ok("write", "CreateRepo", "{\"name\":\"code\"}"));
        JsonNode deployment = admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"server\":\"srv\","
                + "\"image\":{\"type\":\"Build\",\"params\":{\"build_id\":\"app\"}}}}");
        assertThat(deployment.path("config").path("server_id").asText()).isEqualTo(server);
        assertThat(deployment.path("config").has("server")).isFalse();
        assertThat(deployment.path("config").path("image").path("params").path("build_id").asText()).isEqualTo(build);
        JsonNode stack = admin.ok("write", "CreateStack", "{\"name\":\"web\",\"config\":{\"server_id\":\"" + server
                + "\",\"linked_repo\":\"code\"}}");
        assertThat(stack.path("config").path("server_id").asText()).isEqualTo(server);
        assertThat(stack.path("config").path("linked_repo").asText()).isEqualTo(repo);
        JsonNode swarm = admin.ok("write", "CreateSwarm", "{\"name\":\"sw\",\"config\":{\"server_ids\":[\"srv\"]}}");
        assertThat(swarm.path("config").path("server_ids").get(0).asText()).isEqualTo(server);
    }

    @Test
    void anUnknownReferenceIs500WithTheCauseInTrace() {
        Http.Response response = admin.write("CreateDeployment", "{\"name\":\"api\",\"config\":{\"server_id\":\"srv-x\"}}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.json().toString()).isEqualTo(
                "{\"error\":\"Cannot attach Deployment to this Server\",\"trace\":[\"Did not find any Server matching srv-x\"]}");
        assertThat(admin.ok("read", "ListDeployments", "{}")).isEmpty();
    }

    @Test
    void alerterTargetsAreStoredVerbatim() {
        JsonNode alerter = admin.ok("write", "CreateAlerter", "{\"name\":\"a\",\"config\":{\"resources\":"
                + "[{\"type\":\"Server\",\"id\":\"no-such-server\"}]}}");
        assertThat(alerter.path("config").path("resources").get(0).path("id").asText()).isEqualTo("no-such-server");
    }

    @Test
    void aDeploymentsCustomNameIsNormalisedAndBlankExtraArgsDropped() {
        JsonNode created = admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"custom_name\":\" my api\","
                + "\"extra_args\":[\"--init\",\" \",\"\"]}}");
        assertThat(created.path("config").path("custom_name").asText()).isEqualTo("my_api");
        assertThat(created.path("config").path("extra_args").toString()).isEqualTo("[\"--init\"]");
    }

    @ParameterizedTest(name = "a non-admin may not create a {0}")
    @ValueSource(strings = {"Action", "Alerter", "Builder", "ResourceSync", "Server", "Build"})
    void nonAdminsMayNotCreateAdminKinds(String kind) {
        Http bob = Http.as(emulator, emulator.addUser("bob"));
        Http.Response response = bob.write("Create" + kind, "{\"name\":\"x\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.error()).isEqualTo("User does not have permissions to create " + kind + ".");
    }

    @Test
    void aNonAdminWithCreateServerPermissionsMayCreateServers() {
        Http carol = Http.as(emulator, emulator.addUser("carol", UserRight.CREATE_SERVERS));
        assertThat(carol.write("CreateServer", "{\"name\":\"x\"}").status()).isEqualTo(200);
        assertThat(carol.write("CreateBuild", "{\"name\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void aNonAdminCreatorGetsWriteOnWhatItCreates() {
        EmulatorUser bob = emulator.addUser("bob");
        Http http = Http.as(emulator, bob);
        JsonNode created = http.ok("write", "CreateStack", "{\"name\":\"mine\"}");
        assertThat(http.ok("read", "GetStack", "{\"stack\":\"mine\"}").path("name").asText()).isEqualTo("mine");
        JsonNode permissions = admin.ok("read", "ListUserTargetPermissions",
                "{\"user_target\":{\"type\":\"User\",\"id\":\"" + bob.id() + "\"}}");
        assertThat(permissions).singleElement().satisfies(p -> {
            assertThat(p.path("resource_target").path("id").asText()).isEqualTo(Http.id(created));
            assertThat(p.path("level").asText()).isEqualTo("Write");
        });
    }

    @Test
    void nonAdminCreateCanBeDisabled() {
        try (KomodoEmulator strict = KomodoEmulator.builder().disableNonAdminCreate(true).build().start()) {
            Http bob = Http.as(strict, strict.addUser("bob"));
            assertThat(bob.write("CreateDeployment", "{\"name\":\"x\"}").status()).isEqualTo(403);
        }
    }

    @Test
    void unknownConfigKeysAreDroppedAsCoresTypedConfigDoes() {
        JsonNode created = admin.ok("write", "CreateServer", "{\"name\":\"srv\",\"config\":{\"adress\":\"typo\",\"region\":\"eu\"}}");
        assertThat(created.path("config").has("adress")).isFalse();
        assertThat(created.path("config").path("region").asText()).isEqualTo("eu");
        JsonNode updated = admin.ok("write", "UpdateServer", "{\"id\":\"srv\",\"config\":{\"bogus\":1}}");
        assertThat(updated.path("config").has("bogus")).isFalse();
    }

    @Test
    void versionsGivenAsStringsAreStoredAsObjects() {
        JsonNode build = admin.ok("write", "CreateBuild", "{\"name\":\"app\",\"config\":{\"version\":\"1.2.3\"}}");
        assertThat(build.path("config").path("version").toString()).isEqualTo("{\"major\":1,\"minor\":2,\"patch\":3}");
        JsonNode deployment = admin.ok("write", "CreateDeployment", "{\"name\":\"api\",\"config\":{\"image\":"
                + "{\"type\":\"Build\",\"params\":{\"build_id\":\"app\"}}}}");
        assertThat(deployment.path("config").path("image").path("params").path("version").toString())
                .isEqualTo("{\"major\":0,\"minor\":0,\"patch\":0}");
    }

    @Test
    void copyCreatesWithTheConfigOfAnotherAndADuplicateIs409() {
        admin.ok("write", "CreateServer", "{\"name\":\"srv\",\"config\":{\"region\":\"eu\"}}");
        JsonNode copy = admin.ok("write", "CopyServer", "{\"name\":\"srv2\",\"id\":\"srv\"}");
        assertThat(copy.path("config").path("region").asText()).isEqualTo("eu");
        assertThat(Http.id(copy)).isNotEqualTo(Http.id(admin.ok("read", "GetServer", "{\"server\":\"srv\"}")));
        assertThat(admin.write("CopyServer", "{\"name\":\"srv\",\"id\":\"srv2\"}").status()).isEqualTo(409);
    }

    @Test
    void aNestedStructGivenInPartIsStoredWhole() {
        JsonNode stack = admin.ok("write", "CreateStack", "{\"name\":\"web\",\"config\":{\"pre_deploy\":{\"command\":\"echo hi\"}}}");
        JsonNode defaults = admin.ok("write", "CreateStack", "{\"name\":\"plain\"}").path("config").path("pre_deploy");
        assertThat(defaults.size()).isGreaterThan(1);
        assertThat(stack.path("config").path("pre_deploy").path("command").asText()).isEqualTo("echo hi");
        defaults.fieldNames().forEachRemaining(field ->
                assertThat(stack.path("config").path("pre_deploy").has(field)).as(field).isTrue());
    }
}
