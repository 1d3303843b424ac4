package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's own test API: injected faults and the request log. */
class FaultsAndRequestLogTest {

    private KomodoEmulator emulator;
    private Http admin;

    @BeforeEach
    void start() {
        emulator = KomodoEmulator.builder().build().start();
        admin = Http.admin(emulator);
        admin.ok("write", "CreateServer", "{\"name\":\"srv\"}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void failNextFailsOnlyTheNextMatchingCall() {
        emulator.faults().failNext("UpdateServer", "srv", 503, "maintenance");
        assertThat(admin.write("UpdateServer", "{\"id\":\"other\",\"config\":{}}").error())
                .as("another target").startsWith("Did not find");
        Http.Response failed = admin.write("UpdateServer", "{\"id\":\"srv\",\"config\":{\"region\":\"x\"}}");
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().toString()).isEqualTo("{\"error\":\"maintenance\",\"trace\":[]}");
        assertThat(admin.ok("read", "GetServer", "{\"server\":\"srv\"}").path("config").path("region").asText())
                .as("the failed call did nothing").isEmpty();
        assertThat(admin.write("UpdateServer", "{\"id\":\"srv\",\"config\":{}}").status()).isEqualTo(200);
    }

    @Test
    void anyTargetMatchesEveryCallOfTheType() {
        emulator.faults().failNext("ListServers", Faults.ANY, 500, "boom");
        assertThat(admin.read("ListServers", "{}").status()).isEqualTo(500);
        assertThat(admin.read("ListServers", "{}").status()).isEqualTo(200);
    }

    @Test
    void rateLimitAnswers429WithTheWait() {
        emulator.faults().rateLimitNext("GetServer", Faults.ANY, Duration.ofMillis(8500));
        Http.Response limited = admin.read("GetServer", "{\"server\":\"srv\"}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error()).isEqualTo("Too many attempts | Try again in 9s");
    }

    @Test
    void delayAnswersLater() {
        emulator.faults().delayNext("GetVersion", Faults.ANY, Duration.ofMillis(400));
        long start = System.nanoTime();
        assertThat(admin.read("GetVersion", "{}").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void dropClosesTheConnectionWithoutAnAnswerAndRunsNothing() {
        emulator.faults().dropNext("CreateStack", Faults.ANY);
        assertThatThrownBy(() -> admin.write("CreateStack", "{\"name\":\"web\"}")).isInstanceOf(UncheckedIOException.class);
        assertThat(admin.ok("read", "ListStacks", "{}")).isEmpty();
        assertThat(admin.write("CreateStack", "{\"name\":\"web\"}").status()).isEqualTo(200);
    }

    /** A bounded log keeps the latest requests in arrival order; a limit of 0 keeps none. */
    @Test
    void aLimitedRequestLogKeepsTheLatest() {
        try (KomodoEmulator bounded = KomodoEmulator.builder().requestLogLimit(3).build().start();
                KomodoEmulator none = KomodoEmulator.builder().requestLogLimit(0).build().start()) {
            Http boundedAdmin = Http.admin(bounded);
            for (String name : java.util.List.of("a", "b", "c", "d", "e")) {
                boundedAdmin.ok("write", "CreateServer", "{\"name\":\"" + name + "\"}");
            }
            assertThat(bounded.requests()).extracting(RecordedRequest::body)
                    .containsExactly("{\"name\":\"c\"}", "{\"name\":\"d\"}", "{\"name\":\"e\"}");
            Http.admin(none).ok("write", "CreateServer", "{\"name\":\"a\"}");
            assertThat(none.requests()).isEmpty();
            assertThat(Http.admin(none).ok("read", "ListServers", "{}")).hasSize(1);
        }
        assertThatThrownBy(() -> KomodoEmulator.builder().requestLogLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearForgetsPendingFaults() {
        emulator.faults().failNext("GetVersion", Faults.ANY, 500, "x");
        emulator.faults().clear();
        assertThat(admin.read("GetVersion", "{}").status()).isEqualTo(200);
    }

    @Test
    void markBusyNamesAnUnknownResourceClearly() {
        assertThatThrownBy(() -> emulator.faults().markBusy("Deployment", "ghost"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> emulator.faults().markBusy("Container", "srv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Container");
    }

    @Test
    void everyRequestIsRecordedWithItsTypeHeadersAndBody() {
        emulator.clearRequests();
        admin.write("UpdateServer", "{\"id\":\"srv\",\"config\":{}}");
        admin.post("/read", "{\"type\":\"ListServers\",\"params\":{}}");
        assertThat(emulator.requests()).hasSize(2);
        RecordedRequest first = emulator.requests().get(0);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/write/UpdateServer");
        assertThat(first.type()).isEqualTo("UpdateServer");
        assertThat(first.body()).isEqualTo("{\"id\":\"srv\",\"config\":{}}");
        assertThat(first.header("content-type")).isEqualTo("application/json");
        assertThat(first.header("X-Api-Key")).isEqualTo(emulator.adminKey());
        assertThat(first.headers()).doesNotContainKey("x-api-secret");
        assertThat(emulator.requests().get(1).type()).isEqualTo("ListServers");
    }
}
