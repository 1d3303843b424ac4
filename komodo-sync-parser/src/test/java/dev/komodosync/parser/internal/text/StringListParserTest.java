package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Komodo's string list format (behaviour §10.2, pitfall §13.22). */
class StringListParserTest {

    @Test
    void parsesKomodosDocExampleAsDocumented() {
        String text = """
                # supports comments
                path/to/file1 # comment1
                path/to/file2

                # also supports comma seperated values
                path/to/file3,path/to/file4
                """;

        assertThat(StringListParser.parse(text))
                .containsExactly("path/to/file1", "path/to/file2", "path/to/file3", "path/to/file4");
    }

    static Stream<Arguments> commaSeparated() {
        return Stream.of(
                Arguments.of("a,b", List.of("a", "b")),
                Arguments.of("a, b ,c", List.of("a", "b", "c")),
                Arguments.of("--label a=b,c", List.of("--label a=b", "c")),
                Arguments.of("a,b\nc", List.of("a", "b", "c")));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("commaSeparated")
    void everyCommaSeparatesEntries(String text, List<String> expected) {
        assertThat(StringListParser.parse(text)).isEqualTo(expected);
    }

    static Stream<Arguments> comments() {
        return Stream.of(
                Arguments.of("a # b, c", List.of("a")),
                Arguments.of("a #", List.of("a")),
                Arguments.of("a#b", List.of("a#b")),
                Arguments.of("a\t#b", List.of("a\t#b")),
                Arguments.of("x\n  # whole line\ny", List.of("x", "y")),
                Arguments.of("#a,b", List.of()));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("comments")
    void hashLinesAndSpaceHashCommentsAreDropped(String text, List<String> expected) {
        assertThat(StringListParser.parse(text)).isEqualTo(expected);
    }

    @Test
    void doubleSlashLineIsAnEntryNotAComment() {
        assertThat(StringListParser.parse("// not a comment")).containsExactly("// not a comment");
    }

    @ParameterizedTest(name = "\"{0}\" gives nothing")
    @ValueSource(strings = {"", " ", "\n\n", ",", " , ,, ", "# comment", ",\n,"})
    void emptyEntriesAreDropped(String text) {
        assertThat(StringListParser.parse(text)).isEmpty();
    }

    @Test
    void entriesAreTrimmedIncludingNoBreakSpaces() {
        assertThat(StringListParser.parse("\u00A0a\u00A0,\tb \r\n c")).containsExactly("a", "b", "c");
    }

    @Test
    void duplicatesAreKeptInOrder() {
        assertThat(StringListParser.parse("b,a\nb")).containsExactly("b", "a", "b");
    }
}
