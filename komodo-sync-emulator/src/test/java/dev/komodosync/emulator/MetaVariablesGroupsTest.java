package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 8 (komodo-api §5.8, §3.5, §3.6, §3.8): tags, variables, user groups, permissions. */
class MetaVariablesGroupsTest {

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

    private static List<String> names(JsonNode list, String field) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.path(field).asText()));
        return names;
    }

    @Test
    void updateResourceMetaCreatesMissingTagsAndStoresIdsInOrder() {
        String existing = Http.id(admin.ok("write", "CreateTag", "{\"name\":\"prod\",\"color\":\"Red\"}"));
        admin.ok("write", "CreateStack", "{\"name\":\"web\"}");
        JsonNode answer = admin.ok("write", "UpdateResourceMeta", "{\"target\":{\"type\":\"Stack\",\"id\":\"web\"},"
                + "\"description\":\"the site\",\"template\":true,\"tags\":[\"new\",\"" + existing
                + "\",\"prod\",\"0123456789abcdef01234567\"]}");
        assertThat(answer.toString()).isEqualTo("{}");
        JsonNode tags = admin.ok("read", "ListTags", "{}");
        assertThat(names(tags, "name")).containsExactly("new", "prod");
        String created = Http.id(tags.get(0));
        assertThat(tags.get(0).path("owner").asText()).isEqualTo(emulator.adminUserId());
        assertThat(tags.get(0).path("color").asText()).isEqualTo("Slate");
        JsonNode stack = admin.ok("read", "GetStack", "{\"stack\":\"web\"}");
        assertThat(names(stack.path("tags"), "x")).hasSize(3);
        assertThat(stack.path("tags").toString()).isEqualTo("[\"" + created + "\",\"" + existing + "\",\"" + existing + "\"]");
        assertThat(stack.path("description").asText()).isEqualTo("the site");
        assertThat(stack.path("template").asBoolean()).isTrue();
    }

    @Test
    void updateResourceMetaLeavesWhatItIsNotGiven() {
        admin.ok("write", "CreateServer", "{\"name\":\"srv\"}");
        admin.ok("write", "UpdateResourceMeta", "{\"target\":{\"type\":\"Server\",\"id\":\"srv\"},\"description\":\"d\",\"tags\":[\"t\"]}");
        admin.ok("write", "UpdateResourceMeta", "{\"target\":{\"type\":\"Server\",\"id\":\"srv\"},\"description\":null,\"template\":true}");
        JsonNode server = admin.ok("read", "GetServer", "{\"server\":\"srv\"}");
        assertThat(server.path("description").asText()).isEqualTo("d");
        assertThat(server.path("tags")).hasSize(1);
        assertThat(admin.write("UpdateResourceMeta", "{\"target\":{\"type\":\"System\",\"id\":\"\"}}").status()).isEqualTo(400);
    }

    @Test
    void tagNamesAreUniqueAndDeletingATagRemovesItFromResourcesButSwarms() {
        admin.ok("write", "CreateTag", "{\"name\":\"x\"}");
        assertThat(admin.write("CreateTag", "{\"name\":\"x\"}").status()).isEqualTo(500);
        assertThat(admin.write("CreateTag", "{\"name\":\"0123456789abcdef01234567\"}").status()).isEqualTo(400);
        admin.ok("write", "CreateServer", "{\"name\":\"srv\"}");
        admin.ok("write", "CreateSwarm", "{\"name\":\"sw\"}");
        admin.ok("write", "UpdateResourceMeta", "{\"target\":{\"type\":\"Server\",\"id\":\"srv\"},\"tags\":[\"x\"]}");
        admin.ok("write", "UpdateResourceMeta", "{\"target\":{\"type\":\"Swarm\",\"id\":\"sw\"},\"tags\":[\"x\"]}");
        admin.ok("write", "DeleteTag", "{\"id\":\"x\"}");
        assertThat(admin.ok("read", "GetServer", "{\"server\":\"srv\"}").path("tags")).isEmpty();
        assertThat(admin.ok("read", "GetSwarm", "{\"swarm\":\"sw\"}").path("tags")).hasSize(1);
    }

    @Test
    void variablesAreAdminOnlyValidatedUniqueAndMaskedForNonAdmins() {
        admin.ok("write", "CreateVariable", "{\"name\":\"TOKEN\",\"value\":\"sécret\",\"is_secret\":true}");
        admin.ok("write", "CreateVariable", "{\"name\":\"A\",\"value\":\"1\",\"description\":\"one\"}");
        assertThat(admin.write("CreateVariable", "{\"name\":\"A\",\"value\":\"2\"}").status()).isEqualTo(500);
        assertThat(admin.write("CreateVariable", "{\"name\":\"1A\"}").status()).isEqualTo(400);
        Http.Response control = admin.write("CreateVariable", "{\"name\":\"B\",\"value\":\"line\\nhunter2\"}");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.text()).doesNotContain("hunter2");
        assertThat(names(admin.ok("read", "ListVariables", "{}"), "name")).containsExactly("A", "TOKEN");
        Http bob = Http.as(emulator, emulator.addUser("bob"));
        assertThat(bob.write("CreateVariable", "{\"name\":\"C\"}").status()).isEqualTo(403);
        assertThat(bob.write("UpdateVariableValue", "{\"name\":\"A\",\"value\":\"3\"}").status()).isEqualTo(403);
        JsonNode masked = bob.ok("read", "GetVariable", "{\"name\":\"TOKEN\"}");
        assertThat(masked.path("value").asText()).isEqualTo("#######");
        assertThat(admin.ok("read", "GetVariable", "{\"name\":\"TOKEN\"}").path("value").asText()).isEqualTo("sécret");
    }

    @Test
    void variableUpdatesChangeOneMemberEach() {
        admin.ok("write", "CreateVariable", "{\"name\":\"A\",\"value\":\"1\"}");
        admin.ok("write", "UpdateVariableValue", "{\"name\":\"A\",\"value\":\"2\"}");
        admin.ok("write", "UpdateVariableDescription", "{\"name\":\"A\",\"description\":\"d\"}");
        JsonNode last = admin.ok("write", "UpdateVariableIsSecret", "{\"name\":\"A\",\"is_secret\":true}");
        assertThat(last.toString()).isEqualTo("{\"name\":\"A\",\"value\":\"2\",\"description\":\"d\",\"is_secret\":true}");
        admin.ok("write", "DeleteVariable", "{\"name\":\"A\"}");
        assertThat(admin.write("DeleteVariable", "{\"name\":\"A\"}").status()).isEqualTo(500);
    }

    @Test
    void userGroupsAreAdminOnlyAndSetUsersDropsUnknownUsernames() {
        EmulatorUser bob = emulator.addUser("bob");
        JsonNode group = admin.ok("write", "CreateUserGroup", "{\"name\":\"ops\"}");
        assertThat(admin.write("CreateUserGroup", "{\"name\":\"ops\"}").status()).isEqualTo(500);
        JsonNode set = admin.ok("write", "SetUsersInUserGroup", "{\"user_group\":\"ops\",\"users\":[\"bob\",\"nobody\","
                + "\"0123456789abcdef01234567\"]}");
        assertThat(set.path("users").toString()).isEqualTo("[\"" + bob.id() + "\",\"0123456789abcdef01234567\"]");
        assertThat(admin.ok("write", "SetEveryoneUserGroup", "{\"user_group\":\"ops\",\"everyone\":true}")
                .path("everyone").asBoolean()).isTrue();
        assertThat(admin.write("SetEveryoneUserGroup", "{\"user_group\":\"nope\",\"everyone\":true}").error())
                .isEqualTo("no user group with given id");
        assertThat(Http.as(emulator, bob).write("CreateUserGroup", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(admin.write("DeleteUserGroup", "{\"id\":\"ops\"}").status()).as("by id only").isEqualTo(500);
        assertThat(admin.write("DeleteUserGroup", "{\"id\":\"" + Http.id(group) + "\"}").status()).isEqualTo(200);
    }

    @Test
    void nonAdminsListOnlyTheirGroups() {
        EmulatorUser bob = emulator.addUser("bob");
        admin.ok("write", "CreateUserGroup", "{\"name\":\"a\"}");
        admin.ok("write", "CreateUserGroup", "{\"name\":\"b\"}");
        admin.ok("write", "CreateUserGroup", "{\"name\":\"c\"}");
        admin.ok("write", "SetUsersInUserGroup", "{\"user_group\":\"b\",\"users\":[\"bob\"]}");
        admin.ok("write", "SetEveryoneUserGroup", "{\"user_group\":\"c\",\"everyone\":true}");
        assertThat(names(Http.as(emulator, bob).ok("read", "ListUserGroups", "{}"), "name")).containsExactly("b", "c");
        assertThat(names(admin.ok("read", "ListUserGroups", "{}"), "name")).containsExactly("a", "b", "c");
    }

    @Test
    void permissionsUpsertOneDocumentPerTargetAndStoreNone() {
        admin.ok("write", "CreateUserGroup", "{\"name\":\"ops\"}");
        String id = Http.id(admin.ok("write", "CreateDeployment", "{\"name\":\"api\"}"));
        String target = "\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"},\"resource_target\":{\"type\":\"Deployment\",\"id\":\"api\"}";
        admin.ok("write", "UpdatePermissionOnTarget", "{" + target + ",\"permission\":{\"level\":\"Execute\",\"specific\":[\"Logs\"]}}");
        admin.ok("write", "UpdatePermissionOnTarget", "{" + target + ",\"permission\":\"None\"}");
        JsonNode permissions = admin.ok("read", "ListUserTargetPermissions", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"}}");
        assertThat(permissions).singleElement().satisfies(p -> {
            assertThat(p.path("level").asText()).isEqualTo("None");
            assertThat(p.path("resource_target").path("id").asText()).isEqualTo(id);
        });
        Http.Response missing = admin.write("UpdatePermissionOnTarget", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"},"
                + "\"resource_target\":{\"type\":\"Deployment\",\"id\":\"nope\"},\"permission\":\"Read\"}");
        assertThat(missing.error()).isEqualTo("No matching deployment found");
        admin.ok("write", "UpdatePermissionOnResourceType", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"},"
                + "\"resource_type\":\"Server\",\"permission\":\"Read\"}");
        assertThat(admin.ok("read", "GetUserGroup", "{\"user_group\":\"ops\"}").path("all").toString())
                .isEqualTo("{\"Server\":\"Read\"}");
        Http bob = Http.as(emulator, emulator.addUser("bob"));
        assertThat(bob.write("UpdatePermissionOnTarget", "{" + target + ",\"permission\":\"Read\"}").status()).isEqualTo(500);
        assertThat(bob.read("ListUserTargetPermissions", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ops\"}}").status())
                .isEqualTo(500);
    }

    @Test
    void theTargetPermissionsOfAnUnknownGroupAreEmpty() {
        assertThat(admin.ok("read", "ListUserTargetPermissions", "{\"user_target\":{\"type\":\"UserGroup\",\"id\":\"ghost\"}}"))
                .isEmpty();
    }
}
