package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot read from UTF-8 bytes (a file, a stream) is read as the parser reads bytes, and one
 * read from a string as it reads characters: the two must agree on everything — the snapshot, the
 * diagnostics, and their lines and code-point columns — wherever the stream's reads split the
 * bytes. Inputs are the realistic snapshot, pretty and on one line, with words of one-, two-,
 * three- and four-byte letters put into it and then mutated as the reader's robustness property
 * mutates it; from fixed seeds ({@code -Dkomodo.propertyCases=N} runs more).
 */
class SnapshotBytesAndTextTest {

    private static final String PRETTY = SnapshotFixtures.text("snapshots/realistic.json");
    private static final String ONE_LINE = oneLine(PRETTY);
    private static final List<String> WORDS = List.of("café", "naïve résumé", "日本語のテキスト", "🐳🐳", "a🐳b",
            "Ελληνικά", "x", "中é🐳a", "\u2028", "\u00a0");

    static Stream<Long> seeds() {
        long cases = Long.getLong("komodo.propertyCases", 300);
        return LongStream.rangeClosed(1, cases).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void bytesAndTextReadAlike(long seed) {
        Random random = new Random(seed);
        String text = withWords(random.nextBoolean() ? PRETTY : ONE_LINE, random);
        text = SnapshotReaderNeverThrowsPropertyTest.mutate(text, random);
        // a string with half a surrogate pair has no UTF-8 form: compare what the bytes say
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        SnapshotResult fromText = SnapshotFixtures.READER.read("state.json", decoded);
        SnapshotResult fromBytes = SnapshotFixtures.READER.read("state.json", new Chunks(bytes, random));
        assertThat(fromBytes.snapshot()).isEqualTo(fromText.snapshot());
        assertThat(fromBytes.diagnostics()).hasSameSizeAs(fromText.diagnostics());
        for (int i = 0; i < fromText.diagnostics().size(); i++) {
            Diagnostic fromTextAt = fromText.diagnostics().get(i);
            Diagnostic fromBytesAt = fromBytes.diagnostics().get(i);
            if (fromTextAt.code() == DiagnosticCode.SNAPSHOT_SYNTAX) {
                assertSameSyntaxError(fromBytesAt, fromTextAt);
            } else {
                assertThat(fromBytesAt).isEqualTo(fromTextAt);
            }
        }
    }

    /**
     * Jackson's parsers of bytes and of text word a few syntax errors differently, and place a bad
     * number's error a column apart: the same error, on the same line, naming the same character.
     */
    private static void assertSameSyntaxError(Diagnostic bytes, Diagnostic text) {
        assertThat(bytes.code()).isEqualTo(text.code());
        assertThat(bytes.hint()).isEqualTo(text.hint());
        SourceLocation at = text.location().orElseThrow();
        SourceLocation byteAt = bytes.location().orElseThrow();
        assertThat(byteAt.line()).isEqualTo(at.line());
        assertThat(byteAt.column()).isBetween(at.column(), at.column() + 1);
        if (!text.message().startsWith("not valid JSON: ")) {
            // ours, not Jackson's
            assertThat(bytes).isEqualTo(text);
        }
        assertThat(namedCodes(bytes.message())).isEqualTo(namedCodes(text.message()));
    }

    private static List<String> namedCodes(String message) {
        return java.util.regex.Pattern.compile("\\(code \\d+").matcher(message).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    @Test
    void columnsAfterManyWordsOnOneLineCountCodePoints() {
        StringBuilder json = new StringBuilder("{\"tags\": [");
        for (int i = 0; i < 2_000; i++) {
            json.append("{\"_id\": \"t").append(i).append("\", \"name\": \"").append(WORDS.get(i % WORDS.size()))
                    .append(i).append("\"}, ");
        }
        String prefix = json.toString();
        json.append("x]}");
        Diagnostic d = onlyDiagnosticOfBytes(json.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_SYNTAX);
        assertThat(d.location()).contains(new SourceLocation("state.json", 1, prefix.codePointCount(0, prefix.length()) + 1));
    }

    @Test
    void columnsAgreeWhereverLineBreaksAndLettersFallInTheWordsTheReaderSkips() {
        // the reader skips eight plain bytes at a time: breaks and letters at every place in a word
        for (int pad = 0; pad < 40; pad++) {
            for (String letter : List.of("é", "中", "🐳", "\r\n", "\r", "\n")) {
                String json = "{\"tags\": [" + " ".repeat(pad) + "{\"_id\": \"t\"," + letter + "\"name\": \""
                        + letter.strip() + "x" + "\"} " + "y".repeat(pad % 9) + " x]}";
                Diagnostic fromText = SnapshotFixtures.onlyDiagnostic(json);
                for (int chunk : new int[] {1, 7, 8, 9, 16, 17, 8000}) {
                    SnapshotResult fromBytes = SnapshotFixtures.READER.read("state.json",
                            new Chunks(json.getBytes(StandardCharsets.UTF_8), new Random(pad), chunk));
                    assertThat(fromBytes.diagnostics()).as("pad %d, %s, chunks of %d", pad, letter, chunk)
                            .containsExactly(fromText);
                }
            }
        }
    }

    @Test
    void aByteOrderMarkDoesNotMoveTheColumnsOfTheFirstLine() {
        String json = "{\"tags\": [{\"_id\": \"t\", \"name\": \"🐳 whale\"} x]}";
        byte[] withMark = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        Diagnostic d = onlyDiagnosticOfBytes(withMark);
        assertThat(d.location()).contains(new SourceLocation("state.json", 1, 43));
        assertThat(SnapshotFixtures.read("\uFEFF" + json).diagnostics()).containsExactly(d);
    }

    @Test
    void zeroBytesAtTheStartAreControlCharactersNotAnotherEncoding() {
        // Jackson alone would take "{\0" for UTF-16; the file is UTF-8 with a NUL in it
        byte[] bytes = "{\u0000\"servers\": []}".getBytes(StandardCharsets.UTF_8);
        Diagnostic d = onlyDiagnosticOfBytes(bytes);
        assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_SYNTAX);
        assertThat(d.location()).contains(new SourceLocation("state.json", 1, 3));
        assertThat(SnapshotFixtures.read("{\u0000\"servers\": []}").diagnostics()).containsExactly(d);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void bytesThatAreNotUtf8AreAReadFailureWhereverTheReadsSplitThem(String what, byte[] bad) {
        for (int at = 0; at < 40; at++) {
            byte[] before = ("{\"komodo_version\": \"" + "v".repeat(at) + "caf").getBytes(StandardCharsets.UTF_8);
            byte[] after = "\"}".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[before.length + bad.length + after.length];
            System.arraycopy(before, 0, bytes, 0, before.length);
            System.arraycopy(bad, 0, bytes, before.length, bad.length);
            System.arraycopy(after, 0, bytes, before.length + bad.length, after.length);
            for (int chunk = 1; chunk <= 8; chunk++) {
                SnapshotResult result = SnapshotFixtures.READER.read("state.json",
                        new Chunks(bytes, new Random(at * 31L + chunk), chunk));
                assertThat(result.diagnostics()).as("%s at %d in chunks of %d", what, at, chunk).singleElement()
                        .satisfies(d -> {
                            assertThat(d.code()).isEqualTo(DiagnosticCode.SNAPSHOT_READ_FAILED);
                            assertThat(d.message()).isEqualTo("`state.json` is not valid UTF-8");
                        });
            }
        }
    }

    static Stream<Object[]> badBytes() {
        return Stream.of(
                new Object[] {"a stray continuation byte", new byte[] {(byte) 0x80}},
                new Object[] {"an overlong two-byte form", new byte[] {(byte) 0xC0, (byte) 0xA9}},
                new Object[] {"an overlong three-byte form", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xA9}},
                new Object[] {"an overlong four-byte form", new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xA9}},
                new Object[] {"a surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}},
                new Object[] {"past U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}},
                new Object[] {"a byte never in UTF-8", new byte[] {(byte) 0xFF}},
                new Object[] {"a character cut short", new byte[] {(byte) 0xE6, (byte) 0x97}},
                new Object[] {"Latin-1", new byte[] {(byte) 0xE9}});
    }

    @Test
    void aCharacterCutShortByTheEndIsAReadFailure() {
        byte[] bytes = {'{', '}', ' ', (byte) 0xF0, (byte) 0x9F};
        SnapshotResult result = SnapshotFixtures.READER.read("state.json", new ByteArrayInputStream(bytes));
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly("`state.json` is not valid UTF-8");
    }

    @Test
    void everyValidCharacterWidthPassesWhereverTheReadsSplitIt() {
        String json = "{\"komodo_version\": \"é中🐳\u0080\u07FF\u0800\uFFFF\uD800\uDC00\uDBFF\uDFFF\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= 8; chunk++) {
            SnapshotResult result = SnapshotFixtures.READER.read("state.json", new Chunks(bytes, new Random(chunk), chunk));
            assertThat(result.diagnostics()).isEmpty();
            assertThat(result.snapshot().komodoVersion()).isEqualTo("é中🐳\u0080\u07FF\u0800\uFFFF\uD800\uDC00\uDBFF\uDFFF");
        }
    }

    private static Diagnostic onlyDiagnosticOfBytes(byte[] bytes) {
        SnapshotResult result = SnapshotFixtures.READER.read("state.json", new ByteArrayInputStream(bytes));
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    /** {@code text} with words put into some of its strings, just after an opening quote. */
    private static String withWords(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '"' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) && random.nextInt(4) == 0
                    && !keyFollows(text, i + 1)) {
                out.append(WORDS.get(random.nextInt(WORDS.size())));
            }
        }
        return out.toString();
    }

    /** Whether the string starting at {@code from} is a key (a colon follows its closing quote). */
    private static boolean keyFollows(String text, int from) {
        int close = text.indexOf('"', from);
        int next = close + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return close < 0 || next < text.length() && text.charAt(next) == ':';
    }

    private static String oneLine(String json) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.writeValueAsString(mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes, handed out a few at a time: at most {@code largest} a read, at random. */
    private static final class Chunks extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private final int largest;
        private int at;

        Chunks(byte[] bytes, Random random) {
            this(bytes, random, 1 + random.nextInt(random.nextBoolean() ? 16 : 9_000));
        }

        Chunks(byte[] bytes, Random random, int largest) {
            this.bytes = bytes;
            this.random = random;
            this.largest = largest;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int from, int length) {
            if (length == 0) {
                return 0;
            }
            if (at >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, bytes.length - at), 1 + random.nextInt(largest));
            System.arraycopy(bytes, at, buffer, from, count);
            at += count;
            return count;
        }
    }
}
