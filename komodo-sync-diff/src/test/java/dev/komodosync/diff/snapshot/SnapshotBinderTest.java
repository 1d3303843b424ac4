package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Binding Komodo's API JSON one document at a time gives what reading the same documents as a
 * snapshot file gives: the same snapshot, and the same diagnostics but for their line and column.
 */
class SnapshotBinderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../examples/homelab/snapshot.json", "../examples/seed/snapshot.json",
        "src/test/resources/snapshots/realistic.json"})
    void bindingElementByElementEqualsReadingTheFile(String file) throws IOException {
        String text = Files.readString(Path.of(file));
        SnapshotResult read = SnapshotReader.create().read(file, text);
        SnapshotResult bound = bindElementByElement(JSON.readTree(text), false);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(bound.diagnostics()).isEmpty();
        assertThat(SnapshotWriter.write(bound.snapshot())).isEqualTo(SnapshotWriter.write(read.snapshot()));
    }

    /** A live read takes the snapshot so far once its resources are bound, and the whole at the end. */
    @Test
    void aResultTakenEarlyLeavesTheLaterResultWhole() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(Path.of("../examples/homelab/snapshot.json")));
        ResourceKinds kinds = ResourceKinds.discover();
        SnapshotBinder binder = SnapshotBinder.withKinds(kinds);
        JsonNode tags = document.path("tags");
        for (int i = 0; i < tags.size(); i++) {
            binder.tag(i, tags.get(i));
        }
        for (ResourceKind<?> kind : kinds.all()) {
            JsonNode resources = document.path(kind.pluralKey());
            for (int i = 0; i < resources.size(); i++) {
                binder.resource(kind, i, resources.get(i));
            }
        }
        Snapshot early = binder.result().snapshot();
        JsonNode users = document.path("users");
        for (int i = 0; i < users.size(); i++) {
            binder.user(i, users.get(i));
        }
        Snapshot later = binder.result().snapshot();
        assertThat(early.resources()).isNotEmpty();
        assertThat(later.resources()).isEqualTo(early.resources());
        for (int i = 0; i < early.resources().size(); i++) {
            assertThat(later.resources().get(i)).as("the same resource, not made again").isSameAs(early.resources().get(i));
        }
        assertThat(later.tags()).isEqualTo(early.tags());
        assertThat(early.users()).isEmpty();
        assertThat(later.users()).hasSize(users.size()).isNotEmpty();
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 10).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void generatedWorldsBindAsTheyRead(long seed) throws IOException {
        Snapshot snapshot = new WorldGenerator(seed).generate().snapshot();
        String text = SnapshotWriter.write(snapshot);
        SnapshotResult bound = bindElementByElement(JSON.readTree(text), false);
        assertThat(bound.diagnostics()).isEmpty();
        assertThat(SnapshotWriter.write(bound.snapshot())).isEqualTo(text);
    }

    @Test
    void elementsMayComeInAnyOrder() throws IOException {
        String text = Files.readString(Path.of("../examples/homelab/snapshot.json"));
        SnapshotResult inOrder = bindElementByElement(JSON.readTree(text), false);
        SnapshotResult tagsLast = bindElementByElement(JSON.readTree(text), true);
        assertThat(SnapshotWriter.write(tagsLast.snapshot())).isEqualTo(SnapshotWriter.write(inOrder.snapshot()));
        assertThat(inOrder.snapshot().resources()).anySatisfy(r -> assertThat(r.resource().tags()).isNotEmpty());
    }

    @Test
    void problemsAreTheFileReadersButForTheLocation() throws IOException {
        String text = """
                {"servers": [{"_id": {"$oid": "s1"}, "name": "nas", "config": {"address": 7, "enabled": "yes"}}],
                 "deployments": [null, {"name": "no-id"}, 5],
                 "variables": [{"name": "A", "value": ["x"]}],
                 "runtime": {"deployments": {"api": {"state": 3}}, "build_versions": {"web": "x.y"}}}
                """;
        SnapshotResult read = SnapshotReader.create().read("snapshot.json", text);
        SnapshotResult bound = bindElementByElement(JSON.readTree(text), false);

        assertThat(read.diagnostics()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(d -> assertThat(d.location()).isPresent());
        assertThat(bound.diagnostics()).allSatisfy(d -> assertThat(d.location()).isEmpty());
        assertThat(messages(bound.diagnostics())).containsExactlyInAnyOrderElementsOf(messages(read.diagnostics()));
        assertThat(messages(bound.diagnostics())).contains(
                "/servers/0/config/address must be a string, found an integer",
                "/deployments/2 must be an object, found an integer");
    }

    @Test
    void aBinderStartsEmpty() {
        SnapshotResult empty = SnapshotBinder.create().result();
        assertThat(empty.diagnostics()).isEmpty();
        assertThat(empty.snapshot().resources()).isEmpty();
    }

    @Test
    void aPlugInKindBindsUnderItsOwnKey() throws IOException {
        ResourceKinds kinds = ResourceKinds.discover();
        ResourceKind<?> dns = kinds.byTomlKey("dns_record").orElseThrow();
        JsonNode record = JSON.readTree("""
                {"_id": {"$oid": "d1"}, "name": "www", "config": {"zone": "example.org", "ttl": 60}}""");
        SnapshotResult bound = SnapshotBinder.withKinds(kinds).resource(dns, 0, record).result();
        assertThat(bound.diagnostics()).isEmpty();
        assertThat(bound.snapshot().resources()).singleElement()
                .satisfies(r -> assertThat(r.resource().name()).isEqualTo("www"))
                .satisfies(r -> assertThat(r.id()).isEqualTo("d1"));
        assertThat(SnapshotWriter.write(bound.snapshot())).contains("\"dns_records\"");
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::message).toList();
    }

    /** Feeds every element of a snapshot document to a binder, as a client would from Komodo's answers. */
    private static SnapshotResult bindElementByElement(JsonNode document, boolean tagsLast) {
        ResourceKinds kinds = ResourceKinds.discover();
        SnapshotBinder binder = SnapshotBinder.withKinds(kinds);
        List<Runnable> tags = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            JsonNode value = section.getValue();
            switch (section.getKey()) {
                case "komodo_version" -> binder.komodoVersion(value.asText());
                case "tags" -> tags.add(() -> each(value, binder::tag));
                case "variables" -> each(value, binder::variable);
                case "users" -> each(value, binder::user);
                case "user_groups" -> each(value, binder::userGroup);
                case "permissions" -> each(value, binder::permission);
                case "runtime" -> value.properties().forEach(entry -> {
                    if (entry.getKey().equals("build_versions")) {
                        entry.getValue().properties().forEach(b -> binder.buildVersion(b.getKey(), b.getValue()));
                    } else {
                        ResourceKind<?> kind = kindOf(kinds, entry.getKey()).orElseThrow();
                        entry.getValue().properties().forEach(t -> binder.runtimeTarget(kind, t.getKey(), t.getValue()));
                    }
                });
                default -> kindOf(kinds, section.getKey()).ifPresent(
                        kind -> each(value, (index, element) -> binder.resource(kind, index, element)));
            }
            if (!tagsLast) {
                tags.forEach(Runnable::run);
                tags.clear();
            }
        }
        tags.forEach(Runnable::run);
        return binder.result();
    }

    /** The kind whose snapshot key is {@code pluralKey}; none for a key a snapshot may carry besides (ignored). */
    private static Optional<ResourceKind<?>> kindOf(ResourceKinds kinds, String pluralKey) {
        return kinds.all().stream().filter(k -> k.pluralKey().equals(pluralKey)).findFirst();
    }

    private interface ElementSink {
        void accept(int index, JsonNode element);
    }

    private static void each(JsonNode array, ElementSink sink) {
        for (int i = 0; i < array.size(); i++) {
            sink.accept(i, array.get(i));
        }
    }
}
