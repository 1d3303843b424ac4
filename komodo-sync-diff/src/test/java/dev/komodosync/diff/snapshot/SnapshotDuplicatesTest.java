package dev.komodosync.diff.snapshot;

import static dev.komodosync.diff.snapshot.SnapshotFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot with two entries that must be one is an error at the second (KS304): two resources
 * of one {@code _id} (which planned spurious updates and deploys without a word), two tags of one
 * id, two resources of one kind and name, one key twice in a JSON object. And a snapshot path that
 * is not a regular file is never opened.
 */
class SnapshotDuplicatesTest {

    @TempDir
    Path dir;

    private static final String SERVER_A = "{\"_id\": {\"$oid\": \"0845488d06bb652d19f83db4\"}, \"name\": \"a\"}";

    private static Diagnostic only(SnapshotResult result) {
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void twoResourcesOfOneIdAreAnErrorAtTheSecond() {
        SnapshotResult result = read("{\"servers\": [\n" + SERVER_A + ",\n"
                + "{\"_id\": {\"$oid\": \"0845488d06bb652d19f83db4\"}, \"name\": \"b\"}\n]}");
        Diagnostic d = only(result);
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_DUPLICATE);
        assertThat(d.isError()).isTrue();
        assertThat(d.location()).contains(new SourceLocation("state.json", 3, 1));
        assertThat(d.message()).contains("`b`").contains("`a`").contains("0845488d06bb652d19f83db4");
        assertThat(result.snapshot().resources()).extracting(r -> r.name()).containsExactly("a");
    }

    @Test
    void twoResourcesOfOneKindAndNameAreAnError() {
        Diagnostic d = only(read("{\"servers\": [\n" + SERVER_A + ",\n"
                + "{\"_id\": {\"$oid\": \"aaaaaaaaaaaaaaaaaaaaaaaa\"}, \"name\": \"a\"}\n]}"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_DUPLICATE);
        assertThat(d.location()).contains(new SourceLocation("state.json", 3, 1));
        assertThat(d.message()).contains("named `a`");
    }

    @Test
    void twoTagsOfOneIdAreAnError() {
        Diagnostic d = only(read("{\"tags\": [{\"_id\": {\"$oid\": \"t1\"}, \"name\": \"prod\"},\n"
                + "{\"_id\": {\"$oid\": \"t1\"}, \"name\": \"test\"}]}"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_DUPLICATE);
        assertThat(d.location()).contains(new SourceLocation("state.json", 2, 1));
        assertThat(d.message()).contains("`test`").contains("`prod`");
    }

    @Test
    void aDuplicateJsonKeyIsAnErrorAtTheSecond() {
        Diagnostic d = only(read("{\"servers\": [{\"_id\": {\"$oid\": \"0845488d06bb652d19f83db4\"}, \"name\": \"a\",\n"
                + "  \"name\": \"b\"}]}"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_DUPLICATE);
        assertThat(d.location()).contains(new SourceLocation("state.json", 2, 3));
        assertThat(d.message()).contains("key `name` appears twice");
    }

    @Test
    void aDuplicateTopLevelKeyIsAnError() {
        Diagnostic d = only(read("{\"tags\": [],\n\"tags\": []}"));
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_DUPLICATE);
        assertThat(d.location()).contains(new SourceLocation("state.json", 2, 1));
    }

    @Test
    void aFifoAsTheSnapshotIsAnErrorNotABlockingRead() throws Exception {
        Path fifo = dir.resolve("state.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        Diagnostic d = only(SnapshotReader.create().read(fifo));
        assertThat(d.code()).isEqualTo(DiagnosticCode.NOT_A_FILE);
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aSnapshotLargerThanTheLimitIsNotRead() throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"), "{\"servers\": []}" + " ".repeat(100));
        Diagnostic d = only(SnapshotReader.create(dev.komodosync.parser.LoadOptions.builder().maxSnapshotBytes(50).build())
                .read(file));
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_TOO_LARGE);
        assertThat(d.message()).contains("larger than 50");
    }

    @Test
    void jsonBeyondTheReadersLimitsIsALocatedErrorInOurWords() {
        SnapshotResult result = read("{\"servers\": [],\n \"tags\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
        Diagnostic d = only(result);
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_TOO_LARGE);
        assertThat(d.location().orElseThrow().line()).isEqualTo(2);
        assertThat(d.location().orElseThrow().column()).isGreaterThan(900);
        assertThat(d.message()).contains("exceeds a limit").doesNotContain("StreamReadConstraints").doesNotContain("from )");
    }
}
