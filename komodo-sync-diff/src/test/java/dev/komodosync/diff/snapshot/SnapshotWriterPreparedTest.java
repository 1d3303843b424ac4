package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot written with its resources' text prepared ahead ({@link SnapshotWriter#prepare}) is,
 * byte for byte, the snapshot written in one go; text prepared from other resources is not used.
 */
class SnapshotWriterPreparedTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 3).boxed();
    }

    /** What a live read knows before its last calls: the tags, the resources and their files. */
    private static Snapshot resourcesOnly(Snapshot snapshot) {
        Snapshot.Builder partial = Snapshot.builder().runtime(snapshot.runtime());
        snapshot.tags().forEach(partial::add);
        for (ExistingResource<?> resource : snapshot.resources()) {
            partial.add(resource);
        }
        return partial.build();
    }

    private static byte[] written(Snapshot snapshot, SnapshotWriter.PreparedResources prepared) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotWriter.write(snapshot, prepared, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void preparedResourcesWriteTheSameBytes(long seed) throws IOException {
        Snapshot snapshot = new WorldGenerator(seed).generate().snapshot();
        SnapshotWriter.PreparedResources prepared = SnapshotWriter.prepare(resourcesOnly(snapshot));
        assertThat(prepared.isOf(snapshot)).isEqualTo(!snapshot.resources().isEmpty());
        assertThat(written(snapshot, prepared)).isEqualTo(written(snapshot, SnapshotWriter.PreparedResources.NONE));
    }

    @Test
    void resourcesPreparedFromOtherResourcesAreWrittenAnew() throws IOException {
        Snapshot snapshot = new WorldGenerator(3).generate().snapshot();
        Snapshot other = new WorldGenerator(4).generate().snapshot();
        SnapshotWriter.PreparedResources prepared = SnapshotWriter.prepare(other);
        assertThat(prepared.isOf(snapshot)).isFalse();
        assertThat(written(snapshot, prepared)).isEqualTo(written(snapshot, SnapshotWriter.PreparedResources.NONE));
    }

    @Test
    void resourcesPreparedWithOtherFilesAreWrittenAnew() throws IOException {
        // The first generated world with a stack.
        Snapshot snapshot = LongStream.rangeClosed(1, 100).mapToObj(seed -> new WorldGenerator(seed).generate().snapshot())
                .filter(world -> world.resources().stream().anyMatch(r -> r.kind() == KomodoKinds.STACK))
                .findFirst().orElseThrow();
        Map<String, Map<String, RuntimeState.TargetState>> targets = new HashMap<>(snapshot.runtime().targets());
        Map<String, RuntimeState.TargetState> stacks = new HashMap<>(targets.getOrDefault("stacks", Map.of()));
        String stack = snapshot.resources().stream().filter(r -> r.kind() == KomodoKinds.STACK)
                .map(ExistingResource::name).findFirst().orElseThrow();
        // The same resources and tags, but one stack deployed with a file the snapshot does not know.
        stacks.put(stack, new RuntimeState.TargetState("running", "",
                Optional.of(List.of(new RuntimeState.FileContents("compose.yaml", "services: {}\n"))), Optional.empty()));
        targets.put("stacks", stacks);
        Snapshot.Builder otherFiles = Snapshot.builder()
                .runtime(new RuntimeState(targets, snapshot.runtime().buildVersions()));
        snapshot.tags().forEach(otherFiles::add);
        snapshot.resources().forEach(otherFiles::add);
        SnapshotWriter.PreparedResources prepared = SnapshotWriter.prepare(otherFiles.build());
        assertThat(prepared.isOf(snapshot)).isFalse();
        assertThat(written(snapshot, prepared)).isEqualTo(written(snapshot, SnapshotWriter.PreparedResources.NONE));
        assertThat(SnapshotWriter.prepare(resourcesOnly(snapshot)).isOf(snapshot)).isTrue();
    }

    @Test
    void resourcesPreparedBeforeATagWasKnownAreWrittenAnew() throws IOException {
        Snapshot snapshot = new WorldGenerator(5).generate().snapshot();
        Snapshot.Builder untagged = Snapshot.builder().runtime(snapshot.runtime());
        snapshot.resources().forEach(untagged::add);
        SnapshotWriter.PreparedResources prepared = SnapshotWriter.prepare(untagged.build());
        boolean tagsNamed = snapshot.tags().stream().anyMatch(tag -> snapshot.resources().stream()
                .anyMatch(resource -> resource.resource().tags().contains(tag.name())));
        assertThat(tagsNamed).as("the world names a tag of its table").isTrue();
        assertThat(prepared.isOf(snapshot)).isFalse();
        assertThat(written(snapshot, prepared)).isEqualTo(written(snapshot, SnapshotWriter.PreparedResources.NONE));
    }
}
