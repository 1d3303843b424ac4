package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.model.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeding from a snapshot file and dumping back through the snapshot binding: "Core holds S", act, compare. */
class SnapshotSeedAndDumpTest {

    private static Path example(String name) {
        return Path.of("..", "examples", name, "snapshot.json");
    }

    @ParameterizedTest(name = "examples/{0}")
    @ValueSource(strings = {"seed", "homelab"})
    void aSeededEmulatorDumpsTheSnapshotItWasSeededWith(String name) {
        Snapshot original = SnapshotReader.create().read(example(name)).snapshot();
        try (KomodoEmulator emulator = KomodoEmulator.builder().seed(example(name)).build().start()) {
            Snapshot dumped = emulator.dump();
            assertThat(dumped.resources()).containsExactlyInAnyOrderElementsOf(original.resources());
            assertThat(dumped.tags()).containsExactlyInAnyOrderElementsOf(original.tags());
            assertThat(dumped.variables()).containsExactlyInAnyOrderElementsOf(original.variables());
            assertThat(dumped.userGroups()).containsExactlyInAnyOrderElementsOf(original.userGroups());
            assertThat(dumped.permissions()).containsExactlyInAnyOrderElementsOf(original.permissions());
            assertThat(dumped.runtime()).isEqualTo(original.runtime());
            assertThat(dumped.users()).containsAll(original.users());
        }
    }

    @Test
    void seededIdsAreKeptAndServedAsCoreWould() {
        try (KomodoEmulator emulator = KomodoEmulator.builder().seed(example("homelab")).build().start()) {
            Http admin = Http.admin(emulator);
            JsonNode repo = admin.ok("read", "GetRepo", "{\"repo\":\"homelab-compose\"}");
            assertThat(Http.id(repo)).isEqualTo("77ae047e120e98a4a4dc6a97");
            assertThat(repo.path("base_permission").asText()).isEqualTo("None");
            assertThat(admin.ok("read", "GetRepo", "{\"repo\":\"77ae047e120e98a4a4dc6a97\"}").path("name").asText())
                    .isEqualTo("homelab-compose");
        }
    }

    @Test
    void aSnapshotSeedsAsItsFileDoes() {
        Snapshot original = SnapshotReader.create().read(example("homelab")).snapshot();
        try (KomodoEmulator emulator = KomodoEmulator.builder().seed(original).build().start()) {
            assertThat(emulator.dump().resources()).containsExactlyInAnyOrderElementsOf(original.resources());
        }
    }

    @Test
    void theDumpReflectsChangesAndReadsBackAsASnapshotFile() {
        try (KomodoEmulator emulator = KomodoEmulator.builder().build().start()) {
            Http admin = Http.admin(emulator);
            admin.ok("write", "CreateServer", "{\"name\":\"srv\",\"config\":{\"address\":\"https://srv:8120\"}}");
            admin.ok("write", "UpdateResourceMeta", "{\"target\":{\"type\":\"Server\",\"id\":\"srv\"},\"tags\":[\"prod\"]}");
            admin.ok("write", "CreateVariable", "{\"name\":\"A\",\"value\":\"1\"}");
            Snapshot dumped = emulator.dump();
            assertThat(dumped.resources()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("srv");
                assertThat(r.resource().tags()).containsExactly("prod");
            });
            assertThat(dumped.variables()).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("A"));
            Snapshot reread = SnapshotReader.create().read("dump", emulator.dumpText()).snapshot();
            assertThat(reread.resources()).isEqualTo(dumped.resources());
            JsonNode documents = Http.object(emulator.documents());
            assertThat(documents.path("servers").get(0).path("base_permission").asText()).isEqualTo("None");
            assertThat(documents.path("users").get(0).path("admin").asBoolean()).isTrue();
            assertThat(emulator.documents()).doesNotContain(emulator.adminSecret());
        }
    }

    @Test
    void anInvalidSeedIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> KomodoEmulator.builder().seedJson("{\"servers\": 3}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/servers");
    }
}
