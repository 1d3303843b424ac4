package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 1 (komodo-api §5.1, §1): routes, both request forms, content type, bare JSON, error shape and codes. */
class TransportTest {

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
    void listensOnLoopbackOnAFreePort() {
        assertThat(emulator.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(emulator.port()).isPositive();
    }

    @Test
    void pathFormAndBodyFormReachTheSameCall() {
        admin.ok("write", "CreateServer", "{\"name\":\"srv\"}");
        Http.Response path = admin.read("GetServer", "{\"server\":\"srv\"}");
        Http.Response body = admin.post("/read", "{\"type\":\"GetServer\",\"params\":{\"server\":\"srv\"}}");
        assertThat(path.status()).isEqualTo(200);
        assertThat(body.status()).isEqualTo(200);
        assertThat(body.json()).isEqualTo(path.json());
        assertThat(path.headers().get("content-type")).containsExactly("application/json");
    }

    @Test
    void responsesAreBareJsonWithSecurityHeaders() {
        Http.Response version = admin.read("GetVersion", "{}");
        assertThat(version.json().toString()).isEqualTo("{\"version\":\"2.3.2\"}");
        assertThat(version.headers().get("x-frame-options")).containsExactly("DENY");
        assertThat(version.headers().get("x-content-type-options")).containsExactly("nosniff");
    }

    @Test
    void getVersionIsPlainText() {
        Http.Response version = admin.send("GET", "/version", null);
        assertThat(version.status()).isEqualTo(200);
        assertThat(version.text()).isEqualTo("2.3.2");
    }

    @Test
    void unknownTypeIs500InPathFormAnd422InBodyForm() {
        Http.Response path = admin.read("GetNothing", "{}");
        assertThat(path.status()).isEqualTo(500);
        assertThat(path.error()).contains("unknown variant `GetNothing`");
        assertThat(path.json().path("trace").isArray()).isTrue();
        Http.Response body = admin.post("/read", "{\"type\":\"GetNothing\",\"params\":{}}");
        assertThat(body.status()).isEqualTo(422);
    }

    @Test
    void aTypeOfAnotherRouteIsUnknownThere() {
        assertThat(admin.read("CreateServer", "{\"name\":\"x\"}").status()).isEqualTo(500);
        assertThat(admin.read("ListServers", "{}").status()).isEqualTo(200);
    }

    @Test
    void aMissingParamIs500InPathFormAnd422InBodyForm() {
        Http.Response path = admin.read("GetDeployment", "{}");
        assertThat(path.status()).isEqualTo(500);
        assertThat(path.error()).contains("missing field `deployment`");
        assertThat(admin.post("/read", "{\"type\":\"GetDeployment\",\"params\":{}}").status()).isEqualTo(422);
    }

    @Test
    void missingContentTypeIs415() {
        Http.Response response = admin.send("POST", "/read/GetVersion", "{}", "X-Api-Key", emulator.adminKey(),
                "X-Api-Secret", emulator.adminSecret());
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.error()).contains("Content-Type: application/json");
    }

    @Test
    void emptyOrMalformedBodyIs400() {
        assertThat(admin.post("/read/GetVersion", "").status()).isEqualTo(400);
        Http.Response malformed = admin.post("/read/GetVersion", "{\"a\": S3CRET");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error()).startsWith("Failed to parse the request body as JSON").doesNotContain("S3CRET");
    }

    @Test
    void aBodyOverTwoMebibytesIs413() {
        String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertThat(admin.write("CreateServer", big).status()).isEqualTo(413);
    }

    @Test
    void otherMethodsAndPathsAreNotTheApi() {
        assertThat(admin.send("GET", "/read/GetVersion", null).status()).isEqualTo(405);
        Http.Response ui = admin.send("GET", "/some/page", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("not a Komodo Core");
        assertThat(admin.send("DELETE", "/nothing", null).status()).isEqualTo(405);
    }
}
