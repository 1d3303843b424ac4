package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.komodosync.parser.internal.text.KeyValueListParser.KeyValueList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Komodo's key/value list format (behaviour §10.1, pitfall §13.21). */
class KeyValueListParserTest {

    @Test
    void parsesKomodosDocExampleAsDocumented() {
        String text = """
                # Supports comments
                KEY_1 = value_1 # end of line comments

                # Supports string wrapped values
                KEY_2="value_2"
                'KEY_3 = value_3'

                # Also supports yaml list formats
                - KEY_4: 'value_4'
                - "KEY_5=value_5"

                # Wrapping outer quotes are removed while inner quotes are preserved
                "KEY_6 = 'value_6'"
                """;

        KeyValueList list = KeyValueListParser.parse(text);

        assertThat(list.problems()).isEmpty();
        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key, KeyValueListParser.Entry::value).containsExactly(
                tuple("KEY_1", "value_1"),
                tuple("KEY_2", "\"value_2\""),
                tuple("KEY_3", "value_3"),
                tuple("KEY_4", "'value_4'"),
                tuple("KEY_5", "value_5"),
                tuple("KEY_6", "'value_6'"));
    }

    @ParameterizedTest(name = "{0} → key \"{1}\", value \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "a:b=c               | a                | b=c",
        "a=b:c               | a                | b:c",
        "KEY = value         | KEY              | value",
        "KEY:value           | KEY              | value",
        "K==v                | K                | =v",
        "8080: 80            | 8080             | 80",
        "/data:/var/data:ro  | /data            | /var/data:ro",
        "URL=http://x:80/a   | URL              | http://x:80/a",
        "=v                  | ''               | v",
        "K=                  | K                | ''",
    })
    void firstEqualsOrColonSeparatesKeyAndValue(String line, String key, String value) {
        assertSingleEntry(line, key, value);
    }

    @ParameterizedTest(name = "{0} → key \"{1}\", value \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "PASS=\"a #b\"       | PASS | \"a",
        "K=v # comment       | K    | v",
        "K=v #               | K    | v",
        "K=a#b               | K    | a#b",
        "K = a # b # c       | K    | a",
    })
    void spaceHashStartsACommentEvenInsideAValue(String line, String key, String value) {
        assertSingleEntry(line, key, value);
    }

    @Test
    void tabHashDoesNotStartAComment() {
        assertSingleEntry("K=a\t#b", "K", "a\t#b");
    }

    @ParameterizedTest(name = "{0} → key \"{1}\", value \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "- K: v      | K   | v",
        "---K=v      | K   | v",
        "-- K = v    | K   | v",
        "- - K=v     | - K | v",
        "K=-v        | K   | -v",
    })
    void allLeadingDashesAreStripped(String line, String key, String value) {
        assertSingleEntry(line, key, value);
    }

    @ParameterizedTest(name = "{0} → key {1}, value {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"KEY=value\"           | KEY    | value",
        "'KEY_3 = value_3'       | KEY_3  | value_3",
        "\" K = v \"             | K      | v",
        "\"K='v'\"               | K      | 'v'",
        "\"K=v'                  | K      | v",
        "'K=v\"                  | K      | v",
    })
    void quotesSpanningKeyAndValueAreRemoved(String line, String key, String value) {
        assertSingleEntry(line, key, value);
    }

    @ParameterizedTest(name = "{0} → key {1}, value {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "KEY=\"v\"     | KEY   | \"v\"",
        "KEY='v'     | KEY   | 'v'",
        "\"K\"=\"v\"   | \"K\" | \"v\"",
        "\"K=v       | \"K   | v",
        "K=v\"       | K     | v\"",
        "\"=v\"      | \"    | v\"",
    })
    void otherQuotesArePreserved(String line, String key, String value) {
        assertSingleEntry(line, key, value);
    }

    @ParameterizedTest(name = "\"{0}\" is skipped")
    @ValueSource(strings = {"# comment", "// comment", "   # indented comment", "#K=v", "//K=v", "", "   ", "\t"})
    void blankAndCommentLinesAreSkipped(String line) {
        KeyValueList list = KeyValueListParser.parse("A=1\n" + line + "\nB=2");

        assertThat(list.problems()).isEmpty();
        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key).containsExactly("A", "B");
    }

    @Test
    void duplicateKeysAreAllKept() {
        KeyValueList list = KeyValueListParser.parse("A=1\nA=2\nA=1");

        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key, KeyValueListParser.Entry::value)
                .containsExactly(tuple("A", "1"), tuple("A", "2"), tuple("A", "1"));
    }

    static Stream<Arguments> missingAssignments() {
        return Stream.of(
                Arguments.of("A=1\nB", "line 1 missing assignment character ('=' or ':')", 1),
                Arguments.of("\n\nA=1\n\nB", "line 2 missing assignment character ('=' or ':')", 4),
                Arguments.of("  \n # c\nNOPE", "line 1 missing assignment character ('=' or ':')", 2),
                Arguments.of("- # only a dash and a comment", "line 0 missing assignment character ('=' or ':')", 0),
                Arguments.of("---", "line 0 missing assignment character ('=' or ':')", 0),
                Arguments.of("K # =v", "line 0 missing assignment character ('=' or ':')", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingAssignments")
    void lineWithoutAssignmentIsAProblemNumberedLikeKomodo(String text, String message, int originalLine) {
        KeyValueList list = KeyValueListParser.parse(text);

        assertThat(list.problems()).containsExactly(new KeyValueListParser.Problem(message, originalLine));
        assertThat(list.isValid()).isFalse();
    }

    @Test
    void everyProblemIsReportedAndGoodLinesStillParse() {
        KeyValueList list = KeyValueListParser.parse("X\nA=1\nY");

        assertThat(list.problems()).extracting(KeyValueListParser.Problem::line).containsExactly(0, 2);
        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key).containsExactly("A");
    }

    @Test
    void entryLineIsItsIndexInTheOriginalText() {
        KeyValueList list = KeyValueListParser.parse("\n\n  A=1\n# c\n\nB=2\n");

        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key, KeyValueListParser.Entry::line)
                .containsExactly(tuple("A", 2), tuple("B", 5));
    }

    @ParameterizedTest(name = "\"{0}\" gives nothing")
    @ValueSource(strings = {"", "  ", "\n\n", " \t\n  \n", "# only a comment", "// only a comment"})
    void blankTextGivesNoEntriesAndNoProblems(String text) {
        assertThat(KeyValueListParser.parse(text)).isEqualTo(new KeyValueList(List.of(), List.of()));
    }

    @Test
    void windowsLineEndsAreTrimmed() {
        KeyValueList list = KeyValueListParser.parse("A=1\r\nB=2\r\n");

        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key, KeyValueListParser.Entry::value)
                .containsExactly(tuple("A", "1"), tuple("B", "2"));
    }

    @Test
    void noBreakSpaceIsTrimmedLikeRustDoes() {
        assertSingleEntry("\u00A0K\u00A0=\u00A0v\u00A0", "K", "v");
    }

    @Test
    void informationSeparatorIsNotTrimmedBecauseRustKeepsIt() {
        assertSingleEntry("\u001FK=v", "\u001FK", "v");
    }

    static Stream<Arguments> arrayForms() {
        return Stream.of(
                Arguments.of("environment", "  K = V\n", "K", "V"),
                Arguments.of("labels", "  k: v\n", "k", "v"),
                Arguments.of("ports", "  8080: 80\n", "8080", "80"),
                Arguments.of("term_signal_labels", "  SIGTERM: x\n", "SIGTERM", "x"));
    }

    @ParameterizedTest(name = "{0} array form \"{1}\"")
    @MethodSource("arrayForms")
    void textKomodoMakesFromArrayFormsParsesBack(String field, String text, String key, String value) {
        assertSingleEntry(text, key, value);
    }

    private static void assertSingleEntry(String text, String key, String value) {
        KeyValueList list = KeyValueListParser.parse(text);

        assertThat(list.problems()).isEmpty();
        assertThat(list.entries()).extracting(KeyValueListParser.Entry::key, KeyValueListParser.Entry::value)
                .containsExactly(tuple(key, value));
    }

    static java.util.stream.Stream<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void problemsAloneAreTheProblemsOfAFullParse(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] pieces = {"A", "b_1", "=", ":", " ", "\t", "#", " #", "//", "-", "\"", "'", "\n", "\r\n", "\u00a0", "x y"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        assertThat(KeyValueListParser.problems(text.toString()))
                .as("problems of %s", text).isEqualTo(KeyValueListParser.parse(text.toString()).problems());
    }

    @Test
    void aListWhoseLinesAllAssignIsNotParsedForProblems() {
        assertThat(KeyValueListParser.problems("A=1\n  B: 2 # note\n\n")).isEmpty();
        assertThat(KeyValueListParser.problems("A=1\nB\n")).extracting(KeyValueListParser.Problem::line).containsExactly(1);
        assertThat(KeyValueListParser.problems("# settings\nA=1\n  // note\n\t# rotate\nB: 2\n")).isEmpty();
        assertThat(KeyValueListParser.problems("# settings\nA\n")).extracting(KeyValueListParser.Problem::line)
                .containsExactly(1);
    }
}
