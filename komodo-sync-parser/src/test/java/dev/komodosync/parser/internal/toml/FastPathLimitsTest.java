package dev.komodosync.parser.internal.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.parser.internal.DocumentLimits;
import dev.komodosync.parser.internal.ParsedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The limits the fast path keeps to while reading are the limits {@link DocumentLimits} checks on
 * a whole tree: for any document the fast path reads, and any limits, it stops with a
 * {@code KS110} exactly when the tree it reads without limits is over one. This is what lets the
 * loader skip the tree walk for what the fast path read. Checked over seeded random documents and
 * the bundled files, each under seeded small limits (so that some are over and some are not).
 */
class FastPathLimitsTest {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("dev.komodosync.parser.internal.toml.FastTomlParserDifferentialTest#seeds")
    void randomDocumentsAreOverALimitOnTheFastPathExactlyWhenTheirTreeIs(long seed) {
        Random random = new Random(seed);
        String text = new RandomToml(seed).document();
        for (int i = 0; i < 8; i++) {
            assertAgree("random.toml", text, limits(random));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.komodosync.parser.internal.toml.FastTomlParserDifferentialTest#files")
    void bundledFilesAreOverALimitOnTheFastPathExactlyWhenTheirTreeIs(Path file) throws IOException {
        String text = Files.readString(file);
        Random random = new Random(file.toString().hashCode());
        for (int i = 0; i < 8; i++) {
            assertAgree(file.toString(), text, limits(random));
        }
        assertAgree(file.toString(), text, DocumentLimits.Limits.unlimited());
    }

    @org.junit.jupiter.api.Test
    void aDocumentReadWithinLimitsIsKnownToBeWithinLooserOnesOnly() {
        DocumentLimits.Limits read = new DocumentLimits.Limits(8, 100, 10);
        ParsedDocument document = FastTomlParser.parse("a.toml", TripleQuoteEscaper.escape("a = [1, 2]\n"), read,
                new TomlWork()).orElseThrow();
        assertThat(document.keptTo(read)).isTrue();
        assertThat(document.keptTo(new DocumentLimits.Limits(9, 200, 11))).isTrue();
        assertThat(document.keptTo(new DocumentLimits.Limits(7, 100, 10))).isFalse();
        assertThat(document.keptTo(new DocumentLimits.Limits(8, 99, 10))).isFalse();
        assertThat(document.keptTo(new DocumentLimits.Limits(8, 100, 9))).isFalse();
        // tomlj's documents were not read within limits: they are always walked
        assertThat(new TomljReader().read("a.toml", "a = [1, 2]\n").keptTo(DocumentLimits.Limits.unlimited())).isFalse();
    }

    private static DocumentLimits.Limits limits(Random random) {
        return new DocumentLimits.Limits(1 + random.nextInt(6), random.nextInt(24), random.nextInt(6));
    }

    private static void assertAgree(String name, String text, DocumentLimits.Limits limits) {
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text));
        Optional<ParsedDocument> unlimited = FastTomlParser.parse(name, escaper);
        if (unlimited.isEmpty()) {
            return;
        }
        List<Diagnostic> overOnTheTree = DocumentLimits.check(unlimited.get(), limits);
        ParsedDocument limited = FastTomlParser.parse(name, escaper, limits, new TomlWork()).orElseThrow();
        boolean overOnTheFastPath = !limited.syntaxErrors().isEmpty();
        assertThat(overOnTheFastPath).as("over %s on the fast path (%s) as on the tree (%s), in\n%s", limits,
                limited.syntaxErrors(), overOnTheTree, text).isEqualTo(!overOnTheTree.isEmpty());
        if (overOnTheFastPath) {
            assertThat(limited.syntaxErrors()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.LIMIT_EXCEEDED);
            assertThat(limited.keptTo(limits)).isFalse();
        } else {
            assertThat(limited.keptTo(limits)).as("a document read within limits says so").isTrue();
            assertThat(limited.root()).isEqualTo(unlimited.get().root());
        }
    }
}
