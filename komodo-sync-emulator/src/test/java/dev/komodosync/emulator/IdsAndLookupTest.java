package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules 3 and 4 (komodo-api §5.3, §5.4): fresh ObjectIds; id-or-name lookup. */
class IdsAndLookupTest {

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
    void newDocumentsGetFreshObjectIdsAsOidInFullAndIdInLists() {
        Set<String> ids = new HashSet<>();
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < 20; i++) {
            JsonNode server = admin.ok("write", "CreateServer", "{\"name\":\"s" + i + "\"}");
            String id = Http.id(server);
            assertThat(id).matches("[0-9a-f]{24}");
            assertThat(Long.parseLong(id.substring(0, 8), 16)).isBetween(now - 5, now + 5);
            ids.add(id);
        }
        assertThat(ids).hasSize(20);
        JsonNode list = admin.ok("read", "ListServers", "{\"limit\":0}");
        assertThat(list.get(0).path("id").asText()).isIn(ids);
        assertThat(list.get(0).has("_id")).isFalse();
    }

    @Test
    void variablesHaveNoId() {
        JsonNode variable = admin.ok("write", "CreateVariable", "{\"name\":\"A\",\"value\":\"1\"}");
        assertThat(variable.has("_id")).isFalse();
        assertThat(variable.has("id")).isFalse();
    }

    @Test
    void aResourceIsFoundByIdInEitherCaseOrByExactName() {
        String id = Http.id(admin.ok("write", "CreateDeployment", "{\"name\":\"Api\"}"));
        assertThat(admin.ok("read", "GetDeployment", "{\"deployment\":\"" + id + "\"}").path("name").asText()).isEqualTo("Api");
        assertThat(admin.ok("read", "GetDeployment", "{\"deployment\":\"" + id.toUpperCase(Locale.ROOT) + "\"}")
                .path("name").asText()).isEqualTo("Api");
        assertThat(admin.ok("read", "GetDeployment", "{\"deployment\":\"Api\"}").path("name").asText()).isEqualTo("Api");
        Http.Response wrongCase = admin.read("GetDeployment", "{\"deployment\":\"api\"}");
        assertThat(wrongCase.status()).isEqualTo(500);
        assertThat(wrongCase.error()).isEqualTo("Did not find any Deployment matching api");
    }

    @Test
    void lookupByNameFollowsCreatesRenamesAndDeletes() {
        String id = Http.id(admin.ok("write", "CreateServer", "{\"name\":\"one\"}"));
        assertThat(Http.id(admin.ok("read", "GetServer", "{\"server\":\"one\"}"))).isEqualTo(id);
        admin.ok("write", "RenameServer", "{\"id\":\"one\",\"name\":\"two\"}");
        assertThat(admin.read("GetServer", "{\"server\":\"one\"}").status()).isEqualTo(500);
        assertThat(Http.id(admin.ok("read", "GetServer", "{\"server\":\"two\"}"))).isEqualTo(id);
        // the old name is free again, and the new one taken
        String other = Http.id(admin.ok("write", "CreateServer", "{\"name\":\"one\"}"));
        assertThat(Http.id(admin.ok("read", "GetServer", "{\"server\":\"one\"}"))).isEqualTo(other);
        assertThat(admin.write("CreateServer", "{\"name\":\"two\"}").status()).isEqualTo(409);
        admin.ok("write", "DeleteServer", "{\"id\":\"two\"}");
        assertThat(admin.read("GetServer", "{\"server\":\"two\"}").status()).isEqualTo(500);
        String again = Http.id(admin.ok("write", "CreateServer", "{\"name\":\"two\"}"));
        assertThat(again).isNotEqualTo(id);
        assertThat(Http.id(admin.ok("read", "GetServer", "{\"server\":\"two\"}"))).isEqualTo(again);
    }

    @Test
    void anObjectIdLookingNameIsLookedUpAsAnIdOnly() {
        String name = "0123456789abcdef01234567";
        String seed = "{\"deployments\":[{\"_id\":{\"$oid\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"},\"name\":\"" + name + "\"}]}";
        try (KomodoEmulator seeded = KomodoEmulator.builder().seedJson(seed).build().start()) {
            Http http = Http.admin(seeded);
            assertThat(http.read("GetDeployment", "{\"deployment\":\"" + name + "\"}").status()).isEqualTo(500);
            assertThat(http.read("GetDeployment", "{\"deployment\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"}").json()
                    .path("name").asText()).isEqualTo(name);
        }
    }

    @Test
    void anEmptyNameOrIdFailsWithCoresMessage() {
        Http.Response response = admin.read("GetStack", "{\"stack\":\"\"}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.error()).isEqualTo("Cannot find Stack with empty name / id");
    }

    @Test
    void theAliasesIdAndNameNameTheResource() {
        admin.ok("write", "CreateResourceSync", "{\"name\":\"s\"}");
        assertThat(admin.ok("read", "GetResourceSync", "{\"sync\":\"s\"}").path("name").asText()).isEqualTo("s");
        assertThat(admin.ok("read", "GetResourceSync", "{\"id\":\"s\"}").path("name").asText()).isEqualTo("s");
        assertThat(admin.ok("read", "GetResourceSync", "{\"name\":\"s\"}").path("name").asText()).isEqualTo("s");
    }
}
