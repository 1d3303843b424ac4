package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming {@link SnapshotWriter} writes, byte for byte, what the first one wrote from a
 * tree of the whole document ({@link TreeSnapshotWriter}), for every generated world.
 */
class SnapshotWriterStreamingTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 3).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void streamedTextIsTheTreesByteForByte(long seed) throws IOException {
        Snapshot snapshot = new WorldGenerator(seed).generate().snapshot();
        byte[] tree = TreeSnapshotWriter.write(snapshot).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        SnapshotWriter.write(snapshot, streamed);
        assertThat(streamed.toByteArray()).as(() -> difference(tree, streamed.toByteArray())).isEqualTo(tree);
        assertThat(SnapshotWriter.write(snapshot)).isEqualTo(TreeSnapshotWriter.write(snapshot));
    }

    /** Where two texts part, with what each has there: a whole snapshot is too long to read. */
    private static String difference(byte[] expected, byte[] actual) {
        int at = 0;
        while (at < expected.length && at < actual.length && expected[at] == actual[at]) {
            at++;
        }
        int from = Math.max(0, at - 80);
        return "first difference at byte " + at + "\nexpected: …" + new String(expected, from,
                Math.min(expected.length, at + 80) - from, StandardCharsets.UTF_8) + "\nactual:   …"
                + new String(actual, from, Math.min(actual.length, at + 80) - from, StandardCharsets.UTF_8);
    }

    @Test
    void anEmptySnapshotIsWrittenAsBefore() {
        Snapshot empty = Snapshot.builder().build();
        assertThat(SnapshotWriter.write(empty)).isEqualTo(TreeSnapshotWriter.write(empty)).endsWith("}\n");
    }

    @Test
    void theStreamIsFlushedNotClosed() throws IOException {
        Snapshot snapshot = new WorldGenerator(7).generate().snapshot();
        class Watched extends OutputStream {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean closed;

            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Watched out = new Watched();
        SnapshotWriter.write(snapshot, out);
        assertThat(out.closed).isFalse();
        assertThat(out.bytes.toString(StandardCharsets.UTF_8)).isEqualTo(TreeSnapshotWriter.write(snapshot));
    }
}
