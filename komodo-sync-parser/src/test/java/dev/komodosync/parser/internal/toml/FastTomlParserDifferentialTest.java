package dev.komodosync.parser.internal.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.parser.internal.ParsedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path and tomlj agree: wherever {@link FastTomlParser} reads a file, tomlj reads it
 * without error into the same document (the same keys in the same order, the same values of the
 * same types) with the same position for every key and array element. Checked over the bundled
 * examples and test files (which the fast path must read itself), seeded random documents, and
 * seeded mutations of real files (mostly broken, which the fast path must leave to tomlj).
 * {@code -Dkomodo.propertyCases=N} (the {@code long-tests} profile) runs more.
 */
class FastTomlParserDifferentialTest {

    private static final TomljReader TOMLJ = new TomljReader();
    private static final List<Path> FILES = files().toList();

    static Stream<Path> files() {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of("../examples"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".toml")).sorted().forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found.stream();
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theFastPathReadsEveryValidBundledFileAsTomljDoes(Path file) throws IOException {
        String text = Files.readString(file);
        if (TOMLJ.read(file.toString(), text).syntaxErrors().isEmpty()) {
            assertThat(FastTomlReader.reasonForTomlj(text)).as("reason to leave %s to tomlj", file).isEmpty();
        } else {
            assertThat(FastTomlReader.reasonForTomlj(text)).as("a file with syntax errors goes to tomlj").isPresent();
        }
        assertAgree(file.toString(), text);
    }

    @Test
    void mostRandomDocumentsAreValidSoThatTheComparisonMeansSomething() {
        int valid = 0;
        int total = 200;
        for (long seed = 1; seed <= total; seed++) {
            String text = new RandomToml(seed).document();
            if (TOMLJ.read("random.toml", text).syntaxErrors().isEmpty() && fast("random.toml", text).isPresent()) {
                valid++;
            }
        }
        assertThat(valid).as("random documents read by both paths, of %s", total).isGreaterThan(total * 3 / 4);
    }

    @Test
    void specialFloatsReadAsTomljReadsThem() {
        String text = "a = inf\nb = -inf\nc = +inf\nd = nan\ne = -nan\nf = [inf, nan, 1.5]\ng = { h = -inf }\n";
        ParsedDocument fast = fast("floats.toml", text).orElseThrow();
        assertThat(fast.root().get("a").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(fast.root().get("b").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(fast.root().get("e").doubleValue()).isNaN();
        assertAgree("floats.toml", text);
    }

    @Test
    void quotesRightBeforeTheClosingDelimiterAreTheStringsOwn() {
        String text = "a = \"\"\"x\"\"\"\"\nb = \"\"\"\ny\n\"\"\"\"\"\nc = '''z''''\nd = '''w'''''\n"
                + "e = \"\"\"\"\"\"\"\nf = [\"\"\"v\"\"\"\"\"]\ng = { h = '''u'''' } # after\n";
        ParsedDocument fast = fast("quotes.toml", text).orElseThrow();
        assertThat(fast.root().get("a").textValue()).isEqualTo("x\"");
        assertThat(fast.root().get("b").textValue()).isEqualTo("y\n\"\"");
        assertThat(fast.root().get("c").textValue()).isEqualTo("z'");
        assertThat(fast.root().get("d").textValue()).isEqualTo("w''");
        assertThat(fast.root().get("e").textValue()).isEqualTo("\"");
        assertThat(fast.root().get("f").get(0).textValue()).isEqualTo("v\"\"");
        assertThat(fast.root().get("g").get("h").textValue()).isEqualTo("u'");
        assertAgree("quotes.toml", text);
    }

    @Test
    void sixQuotesClosingAMultiLineStringAreLeftToTomlj() {
        for (String value : List.of("\"\"\"x\"\"\"\"\"\"", "'''x''''''", "\"\"\"x\"\"\"\"\"\"\"")) {
            String text = "a = " + value + "\n";
            assertThat(fast("quotes.toml", text)).as(value).isEmpty();
            assertThat(TOMLJ.read("quotes.toml", text).syntaxErrors()).as(value).isNotEmpty();
        }
    }

    @Test
    void wordsThatOnlyBeginLikeSpecialFloatsAreLeftToTomlj() {
        for (String value : List.of("infinity", "nanx", "in", "-infx", "inf_", "na", "+ inf", "Inf", "NaN")) {
            String text = "a = " + value + "\n";
            assertThat(fast("floats.toml", text)).as(value).isEmpty();
            assertThat(TOMLJ.read("floats.toml", text).syntaxErrors()).as(value).isNotEmpty();
        }
    }

    @Test
    void datesAndTimesReadAsTomljReadsThem() {
        for (String value : List.of("1979-05-27T07:32:00Z", "1979-05-27t00:32:00.999999-07:00", "1979-05-27 07:32",
                "1979-05-27", "07:32", "00:32:00.123456789", "1979-05-27T07:32:00-00:30", "2024-02-29")) {
            String text = "a = " + value + "\nb = { c = " + value + " }\n";
            assertThat(FastTomlReader.reasonForTomlj(text)).as(value).isEmpty();
            assertAgree("dates.toml", text);
        }
    }

    @Test
    void datesAndTimesTomljRefusesOrMisreadsAreLeftToIt() {
        for (String value : List.of("a = 2023-02-29", "a = 07:32:60", "a = 1979-05-27T07:32:00.1234567891",
                "a = 1979-05-27T07:32:00+19:00", "a = 07:32:00Z")) {
            assertThat(FastTomlReader.reasonForTomlj(value + "\n")).as(value).isPresent();
        }
    }

    @Test
    void datesAndTimesInArraysAreReadAsTomljReadsThem() {
        for (String value : List.of("a = [1979-05-27, 1]", "a = [1979-05-27 , 07:32]", "a = [\n  1979-05-27T07:32:00Z,\n]",
                "a = [[1979-05-27]]", "a = [1979-05-27, \"x\", 1979-05-27 07:32:00]\nb = 1")) {
            assertThat(FastTomlReader.reasonForTomlj(value + "\n")).as(value).isEmpty();
            assertAgree("dates.toml", value + "\n");
        }
    }

    @Test
    void aDateRightBeforeTheClosingBracketIsReadWhereTomljRefusesTheRestOfTheFile() {
        String text = "a = [1979-05-27]\nb = 1\n";
        assertThat(TOMLJ.read("dates.toml", text).syntaxErrors()).as("tomlj 1.2.0's bug").isNotEmpty();
        ParsedDocument fast = fast("dates.toml", text).orElseThrow();
        assertThat(((com.fasterxml.jackson.databind.node.POJONode) fast.root().get("a").get(0)).getPojo())
                .isEqualTo(java.time.LocalDate.of(1979, 5, 27));
        assertThat(fast.root().get("b").asInt()).isEqualTo(1);
        // With a blank before the bracket, tomlj reads the same file, and the two agree.
        assertThat(inOrder(fast.root())).isEqualTo(inOrder(TOMLJ.read("dates.toml", "a = [1979-05-27 ]\nb = 1\n").root()));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void randomDocumentsReadTheSameOnBothPaths(long seed) {
        String text = new RandomToml(seed).document();
        ParsedDocument tomlj = TOMLJ.read("random.toml", text);
        Optional<ParsedDocument> fast = fast("random.toml", text);
        if (tomlj.syntaxErrors().isEmpty()) {
            assertThat(fast).as("the fast path reads a valid document (%s)", FastTomlReader.reasonForTomlj(text)).isPresent();
        }
        assertAgree("random.toml", text);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void mutatedFilesReadTheSameOrFallBackToTomlj(long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> files = FILES;
        String text = files.isEmpty() || random.nextInt(3) == 0 ? new RandomToml(seed).document()
                : Files.readString(files.get(random.nextInt(files.size())));
        assertAgree("mutated.toml", mutate(text, random));
    }

    /** A date or time right before an array's closing bracket: tomlj 1.2.0 then refuses the rest of the file. */
    private static final Pattern DATE_BEFORE_BRACKET = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)\\]");

    private static void assertAgree(String name, String text) {
        Optional<ParsedDocument> fast = fast(name, text);
        if (fast.isEmpty()) {
            return;
        }
        ParsedDocument tomlj = TOMLJ.read(name, text);
        if (!tomlj.syntaxErrors().isEmpty() && DATE_BEFORE_BRACKET.matcher(text).find()) {
            // tomlj's bug: with a blank before each such bracket it reads the file, and must read
            // what the fast path read (positions on those lines move, so only the document counts).
            ParsedDocument spaced = TOMLJ.read(name, DATE_BEFORE_BRACKET.matcher(text).replaceAll(m -> {
                String date = m.group(1);
                return java.util.regex.Matcher.quoteReplacement(date + " ]");
            }));
            assertThat(spaced.syntaxErrors()).as("tomlj's errors, its bug aside, in a file the fast path read:\n%s", text)
                    .isEmpty();
            assertThat(inOrder(fast.get().root())).as("document, in order").isEqualTo(inOrder(spaced.root()));
            return;
        }
        assertThat(tomlj.syntaxErrors()).as("tomlj's errors in a file the fast path read:\n%s", text).isEmpty();
        assertThat(inOrder(fast.get().root())).as("document, in order").isEqualTo(inOrder(tomlj.root()));
        assertThat(fast.get().root()).as("document, with value types").isEqualTo(tomlj.root());
        assertThat(new java.util.TreeMap<>(stringKeys(fast.get())))
                .as("positions of\n%s", text).isEqualTo(new java.util.TreeMap<>(stringKeys(tomlj)));
    }

    /** The document as text, keys in order, dates and times by their type and value (Jackson cannot write them). */
    private static String inOrder(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isPojo()) {
            Object value = ((com.fasterxml.jackson.databind.node.POJONode) node).getPojo();
            return value.getClass().getSimpleName() + "(" + value + ")";
        }
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            node.properties().forEach(e -> out.append(e.getKey()).append('=').append(inOrder(e.getValue())).append(','));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(element -> out.append(inOrder(element)).append(','));
            return out.append(']').toString();
        }
        return node.getNodeType() + ":" + node;
    }

    private static java.util.Map<String, String> stringKeys(ParsedDocument document) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        document.positions().forEach((path, location) -> out.put(path.segments().toString(), location.toString()));
        return out;
    }

    private static Optional<ParsedDocument> fast(String name, String text) {
        return FastTomlParser.parse(name, TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text)));
    }

    private static final String NOISE = "[]{}\"'=.,#\n\r\\ \t:-_+0123456789abcxyzE\u00e9\ud83d\udc33\u0000\u007f";

    static String mutate(String original, Random random) {
        StringBuilder text = new StringBuilder(original);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    int index = random.nextInt(NOISE.length());
                    char c = NOISE.charAt(index);
                    text.insert(at, Character.isSurrogate(c) ? "\ud83d\udc33" : String.valueOf(c));
                }
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                case 2 -> {
                    int lineStart = text.lastIndexOf("\n", at) + 1;
                    int lineEnd = text.indexOf("\n", lineStart);
                    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
                    text.insert(lineStart, line + "\n");
                }
                case 3 -> text.setLength(at);
                case 4 -> text.insert(at, List.of("\"\"\"", "'''", "[[", "]]", "= ", "\n[x.y]\n", "\\", ",", "\n",
                        "a.b = 1\n", "\n[a]\n", "{ }", "0x", "1e", "\"\"\"\"").get(random.nextInt(15)));
                default -> {
                    if (at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                        break;
                    }
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
            }
        }
        // never split a surrogate pair: a Java string read from UTF-8 has none alone
        String result = text.toString();
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < result.length() && Character.isLowSurrogate(result.charAt(i + 1))) {
                clean.append(c).append(result.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
