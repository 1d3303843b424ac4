package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 10 (komodo-api §5.10): a non-admin key's effective permission. */
class PermissionsTest {

    private KomodoEmulator emulator;
    private Http admin;
    private EmulatorUser bob;
    private Http asBob;

    @BeforeEach
    void start() {
        emulator = KomodoEmulator.builder().build().start();
        admin = Http.admin(emulator);
        for (String name : List.of("a", "b", "c")) {
            admin.ok("write", "CreateDeployment", "{\"name\":\"" + name + "\"}");
        }
        bob = emulator.addUser("bob");
        asBob = Http.as(emulator, bob);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private List<String> visible() {
        List<String> names = new ArrayList<>();
        asBob.ok("read", "ListDeployments", "{}").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private void grant(String holderType, String holder, String target, String level) {
        admin.ok("write", "UpdatePermissionOnTarget", "{\"user_target\":{\"type\":\"" + holderType + "\",\"id\":\"" + holder
                + "\"},\"resource_target\":{\"type\":\"Deployment\",\"id\":\"" + target + "\"},\"permission\":\"" + level + "\"}");
    }

    @Test
    void withoutAnyPermissionListsAreEmptyAndSingleReadsFail() {
        assertThat(visible()).isEmpty();
        Http.Response response = asBob.read("GetDeployment", "{\"deployment\":\"a\"}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.error()).isEqualTo(
                "User does not have required permissions on this Deployment. Must have at least Read permissions");
    }

    @Test
    void aUserPermissionGivesReadOnThatResourceOnly() {
        grant("User", "bob", "b", "Read");
        assertThat(visible()).containsExactly("b");
        assertThat(asBob.write("UpdateDeployment", "{\"id\":\"b\",\"config\":{}}").error()).contains("at least Write");
        grant("User", bob.id(), "b", "Write");
        assertThat(asBob.write("UpdateDeployment", "{\"id\":\"b\",\"config\":{}}").status()).isEqualTo(200);
    }

    @Test
    void aGroupsPermissionsAndAllReachItsMembersAndEveryoneGroupsReachAll() {
        admin.ok("write", "CreateUserGroup", "{\"name\":\"ops\"}");
        grant("UserGroup", "ops", "c", "Read");
        assertThat(visible()).isEmpty();
        admin.ok("write", "SetUsersInUserGroup", "{\"user_group\":\"ops\",\"users\":[\"bob\"]}");
        assertThat(visible()).containsExactly("c");
        admin.ok("write", "CreateUserGroup", "{\"name\":\"all\"}");
        admin.ok("write", "SetEveryoneUserGroup", "{\"user_group\":\"all\",\"everyone\":true}");
        admin.ok("write", "UpdatePermissionOnResourceType", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"all\"},"
                + "\"resource_type\":\"Deployment\",\"permission\":\"Read\"}");
        assertThat(visible()).containsExactly("a", "b", "c");
    }

    @Test
    void theResourcesBasePermissionCounts() {
        String seed = "{\"deployments\":[{\"_id\":{\"$oid\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"},\"name\":\"open\","
                + "\"base_permission\":\"Read\"},{\"_id\":{\"$oid\":\"bbbbbbbbbbbbbbbbbbbbbbbb\"},\"name\":\"closed\"}]}";
        try (KomodoEmulator seeded = KomodoEmulator.builder().seedJson(seed).build().start()) {
            Http eve = Http.as(seeded, seeded.addUser("eve"));
            JsonNode list = eve.ok("read", "ListFullDeployments", "{}");
            assertThat(list).singleElement().satisfies(d -> assertThat(d.path("name").asText()).isEqualTo("open"));
        }
    }

    @Test
    void transparentModeLetsEveryoneRead() {
        try (KomodoEmulator transparent = KomodoEmulator.builder().transparentMode(true).build().start()) {
            Http.admin(transparent).ok("write", "CreateServer", "{\"name\":\"srv\"}");
            Http eve = Http.as(transparent, transparent.addUser("eve"));
            assertThat(eve.ok("read", "ListServers", "{}")).hasSize(1);
            assertThat(eve.write("UpdateServer", "{\"id\":\"srv\",\"config\":{}}").status()).isEqualTo(500);
        }
    }

    @Test
    void attachingNeedsReadAndTheAttachSpecific() {
        admin.ok("write", "CreateServer", "{\"name\":\"srv\"}");
        admin.ok("write", "UpdatePermissionOnTarget", "{\"user_target\":{\"type\":\"User\",\"id\":\"bob\"},"
                + "\"resource_target\":{\"type\":\"Server\",\"id\":\"srv\"},\"permission\":\"Read\"}");
        Http.Response refused = asBob.write("CreateDeployment", "{\"name\":\"mine\",\"config\":{\"server_id\":\"srv\"}}");
        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.error()).isEqualTo("Cannot attach Deployment to this Server");
        admin.ok("write", "UpdatePermissionOnTarget", "{\"user_target\":{\"type\":\"User\",\"id\":\"bob\"},"
                + "\"resource_target\":{\"type\":\"Server\",\"id\":\"srv\"},\"permission\":{\"level\":\"Read\",\"specific\":[\"Attach\"]}}");
        assertThat(asBob.write("CreateDeployment", "{\"name\":\"mine\",\"config\":{\"server_id\":\"srv\"}}").status()).isEqualTo(200);
    }

    @Test
    void nonAdminsAreRefusedAdminReads() {
        assertThat(asBob.read("ListUsers", "{}").error()).isEqualTo("this method is admin only");
        assertThat(admin.ok("read", "ListUsers", "{}")).hasSize(2);
    }

    @Test
    void procedureTargetsAreStoredAsIdsAndNeedExecute() {
        String stage = "{\"name\":\"Stage 1\",\"enabled\":true,\"executions\":[{\"enabled\":true,"
                + "\"execution\":{\"type\":\"Deploy\",\"params\":{\"deployment\":\"a\"}}}]}";
        JsonNode procedure = admin.ok("write", "CreateProcedure", "{\"name\":\"p\",\"config\":{\"stages\":[" + stage + "]}}");
        String deployment = Http.id(admin.ok("read", "GetDeployment", "{\"deployment\":\"a\"}"));
        assertThat(procedure.path("config").path("stages").get(0).path("executions").get(0).path("execution")
                .path("params").path("deployment").asText()).isEqualTo(deployment);
        grant("User", "bob", "a", "Read");
        Http.Response refused = asBob.write("CreateProcedure", "{\"name\":\"mine\",\"config\":{\"stages\":[" + stage + "]}}");
        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.error()).contains("Must have at least Execute permissions");
        grant("User", "bob", "a", "Execute");
        assertThat(asBob.write("CreateProcedure", "{\"name\":\"mine\",\"config\":{\"stages\":[" + stage + "]}}").status())
                .isEqualTo(200);
    }

    @Test
    void aProcedureMayNotRunItself() {
        admin.ok("write", "CreateProcedure", "{\"name\":\"p\"}");
        Http.Response response = admin.write("UpdateProcedure", "{\"id\":\"p\",\"config\":{\"stages\":[{\"name\":\"s\","
                + "\"enabled\":true,\"executions\":[{\"enabled\":true,\"execution\":{\"type\":\"RunProcedure\","
                + "\"params\":{\"procedure\":\"p\"}}}]}]}}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.error()).isEqualTo("Procedure cannot run itself");
    }
}
