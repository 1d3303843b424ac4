package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.LoadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader's limits are ours: set from {@link LoadOptions} (and the {@code --max-snapshot-…}
 * flags), each exceeded one located {@code KS305} in our words, naming the flag and the option
 * that raise it — never Jackson's text, its setting names or a stack trace. Tested at small limits.
 */
class SnapshotLimitsTest {

    private static Diagnostic only(SnapshotResult result) {
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_TOO_LARGE);
        assertThat(d.message()).doesNotContain("StreamReadConstraints").doesNotContain("Exception").doesNotContain("\tat ");
        return d;
    }

    private static SnapshotResult read(LoadOptions options, String json) {
        return SnapshotReader.create(options).read("state.json", json);
    }

    @Test
    void aStringLongerThanTheLimitStopsTheReadWhereItIs() {
        Diagnostic d = only(read(LoadOptions.builder().maxSnapshotStringLength(1_000).build(),
                "{\"servers\": [\n  {\"name\": \"" + "a".repeat(5_000) + "\"}\n]}"));
        assertThat(d.message()).endsWith("a string longer than 1000 characters");
        assertThat(d.location().orElseThrow().file()).isEqualTo("state.json");
        assertThat(d.location().orElseThrow().line()).isEqualTo(2);
        assertThat(d.hint().orElseThrow()).contains("--max-snapshot-string-length").contains("LoadOptions.maxSnapshotStringLength");
    }

    @Test
    void aKeyLongerThanTheLimitIsTheStringLimit() {
        Diagnostic d = only(read(LoadOptions.builder().maxSnapshotStringLength(1_000).build(),
                "{\"" + "k".repeat(5_000) + "\": 1}"));
        assertThat(d.message()).endsWith("a key longer than 1000 characters");
        assertThat(d.hint().orElseThrow()).contains("--max-snapshot-string-length");
    }

    @Test
    void aNumberLongerThanTheLimitIsAnError() {
        Diagnostic d = only(read(LoadOptions.builder().maxSnapshotNumberLength(20).build(),
                "{\"servers\": [],\n \"n\": " + "1".repeat(100) + "}"));
        assertThat(d.message()).endsWith("a number longer than 20 characters");
        assertThat(d.location().orElseThrow().line()).isEqualTo(2);
        assertThat(d.hint().orElseThrow()).contains("--max-snapshot-number-length").contains("LoadOptions.maxSnapshotNumberLength");
    }

    @Test
    void nestingDeeperThanTheLimitIsLocatedWhereTheReaderStopped() {
        Diagnostic d = only(read(LoadOptions.builder().maxSnapshotDepth(10).build(),
                "{\"servers\": [],\n \"x\": " + "[".repeat(50) + "]".repeat(50) + "}"));
        assertThat(d.message()).endsWith("nesting deeper than 10 levels");
        // an unknown key's value is skipped whole: the reader stops at its end, not at the 11th bracket
        SourceLocation at = d.location().orElseThrow();
        assertThat(at.line()).isEqualTo(2);
        assertThat(at.column()).isBetween(6 + 10, 7 + 100 + 1);
        assertThat(d.hint().orElseThrow()).contains("--max-snapshot-depth").contains("LoadOptions.maxSnapshotDepth");
    }

    @Test
    void aStreamLongerThanTheSnapshotLimitIsNotReadToItsEnd() {
        byte[] json = ("{\"servers\": [], \"padding\": \"" + "p".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Diagnostic d = only(SnapshotReader.create(LoadOptions.builder().maxSnapshotBytes(1_000).build())
                .read("state.json", new ByteArrayInputStream(json)));
        assertThat(d.message()).endsWith("a document longer than 1000 characters");
        assertThat(d.hint().orElseThrow()).contains("--max-snapshot-bytes").contains("LoadOptions.maxSnapshotBytes");
    }

    @Test
    void theDefaultsAreDocumentedAndAboveJacksonsOwn() {
        LoadOptions defaults = LoadOptions.defaults();
        assertThat(defaults.maxSnapshotStringLength()).isEqualTo(32 << 20);
        assertThat(defaults.maxSnapshotNumberLength()).isEqualTo(1_000);
        assertThat(defaults.maxSnapshotDepth()).isEqualTo(1_000);
        // the 25 MB string, over Jackson's own 20 million, now reads
        SnapshotResult result = SnapshotReader.create().read("state.json",
                "{\"servers\": [{\"_id\": {\"$oid\": \"s1\"}, \"name\": \"s\", \"description\": \""
                        + "d".repeat(25_000_000) + "\"}]}");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.snapshot().resources()).hasSize(1);
    }
}
