package dev.komodosync.parser.internal.toml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Komodo's {@code """} pre-parse rule (behaviour §1.5) and the column map back to the file:
 * examples, then seeded random texts checked against a plain character-by-character statement of
 * the rule. {@code -Dkomodo.propertyCases=N} runs more.
 */
class TripleQuoteEscaperTest {

    @Test
    void textWithoutTripleQuotesIsHandedOnAsItIs() {
        String text = "a = 'c:\\\\x'\nb = \"\\t\"\n";
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape(text);
        assertThat(escaper.escaped()).isSameAs(text);
        assertThat(escaper.originalColumn(1, 7)).isEqualTo(7);
    }

    @Test
    void tripleQuotedStringsWithoutBackslashesLeaveTheTextUncopied() {
        // A backslash outside the triple quotes is not doubled, so it does not make a copy either.
        String text = "a = \"\"\"one\ntwo\"\"\"\nb = \"c:\\\\x\"\nc = '''\"\"\"'''\nd = \"\"\"three\"\"\"\n";
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape(text);
        assertThat(escaper.escaped()).isSameAs(text);
        assertThat(escaper.originalColumn(2, 4)).isEqualTo(4);
    }

    @Test
    void backslashesBetweenTripleQuotesAreDoubledAndOthersAreNot() {
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape("a = \"\\n\"\nb = \"\"\"x\\y\n\\z\"\"\" # \\\n");
        assertThat(escaper.escaped()).isEqualTo("a = \"\\n\"\nb = \"\"\"x\\\\y\n\\\\z\"\"\" # \\\n");
    }

    @Test
    void columnsAfterAnInsertedBackslashMapBackToTheFile() {
        // b = """x\\y  : the file's `y` is column 10, the escaped text's column 11.
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape("b = \"\"\"x\\y\"\"\"\n");
        assertThat(escaper.originalColumn(1, 11)).isEqualTo(10);
        assertThat(escaper.originalColumn(1, 10)).as("the inserted backslash is the one it doubles").isEqualTo(9);
        assertThat(escaper.originalColumn(1, 9)).isEqualTo(9);
        assertThat(escaper.originalColumn(2, 1)).isEqualTo(1);
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void escapesAsTheRuleSaysCharacterByCharacter(long seed) {
        String text = randomText(new Random(seed));
        Reference expected = Reference.escape(text);
        TripleQuoteEscaper actual = TripleQuoteEscaper.escape(text);
        assertThat(actual.escaped()).as("escaped text of %s", text).isEqualTo(expected.escaped);
        if (expected.escaped.equals(text)) {
            assertThat(actual.escaped()).as("nothing to double in %s: the text itself", text).isSameAs(text);
        }
        String[] lines = expected.escaped.split("\n", -1);
        for (int line = 1; line <= lines.length; line++) {
            int columns = lines[line - 1].codePointCount(0, lines[line - 1].length()) + 2;
            for (int column = 1; column <= columns; column++) {
                assertThat(actual.originalColumn(line, column)).as("line %d column %d of %s", line, column, text)
                        .isEqualTo(expected.originalColumn(line, column));
            }
        }
    }

    private static String randomText(Random random) {
        String[] pieces = {"\"\"\"", "\"", "\\", "\\\\", "\n", "\r\n", "x", "ab", " ", "é", "\uD83D\uDC33", "'''", "#"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** The rule stated one code point at a time, as the first version of the escaper did. */
    private record Reference(String escaped, Map<Integer, List<Integer>> insertions) {

        static Reference escape(String text) {
            StringBuilder out = new StringBuilder();
            Map<Integer, List<Integer>> insertions = new HashMap<>();
            boolean inside = false;
            int line = 1;
            int column = 1;
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith("\"\"\"", i)) {
                    out.append("\"\"\"");
                    inside = !inside;
                    i += 3;
                    column += 3;
                    continue;
                }
                int codePoint = text.codePointAt(i);
                out.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
                if (codePoint == '\n') {
                    line++;
                    column = 1;
                } else if (inside && codePoint == '\\') {
                    out.append('\\');
                    insertions.computeIfAbsent(line, l -> new ArrayList<>()).add(column + 1);
                    column += 2;
                } else {
                    column++;
                }
            }
            return new Reference(out.toString(), insertions);
        }

        int originalColumn(int line, int column) {
            int before = 0;
            for (int position : insertions.getOrDefault(line, List.of())) {
                if (position <= column) {
                    before++;
                }
            }
            return Math.max(1, column - before);
        }
    }
}
