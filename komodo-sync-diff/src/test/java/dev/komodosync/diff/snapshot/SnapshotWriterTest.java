package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.model.Snapshot;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A written snapshot reads back equal, for every generated world. */
class SnapshotWriterTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 3).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void writtenSnapshotsReadBackEqual(long seed) {
        Snapshot snapshot = new WorldGenerator(seed).generate().snapshot();
        SnapshotResult read = SnapshotReader.create().read("written.json", SnapshotWriter.write(snapshot));
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.snapshot().resources()).isEqualTo(snapshot.resources());
        assertThat(read.snapshot().variables()).isEqualTo(snapshot.variables());
        assertThat(read.snapshot().users()).isEqualTo(snapshot.users());
        assertThat(read.snapshot().userGroups()).isEqualTo(snapshot.userGroups());
        assertThat(read.snapshot().permissions()).isEqualTo(snapshot.permissions());
        assertThat(read.snapshot().runtime()).isEqualTo(snapshot.runtime());
    }
}
