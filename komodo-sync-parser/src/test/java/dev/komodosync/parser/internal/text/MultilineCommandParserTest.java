package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Komodo's multi-line commands (behaviour §10.3). */
class MultilineCommandParserTest {

    @Test
    void parsesTheBehaviourReferenceExample() {
        assertThat(MultilineCommandParser.parse("a # c\nb \\\n  --x\n# z\nd")).isEqualTo("a && b --x && d");
    }

    @Test
    void parsesKomodosDocExampleAsDocumented() {
        String text = """
                # comments supported
                sh ./shell1.sh # end of line supported
                sh ./shell2.sh

                # escaped newlines supported
                curl --header "Content-Type: application/json" \\
                  --request POST \\
                  --data '{"key": "value"}' \\
                  https://destination.com

                # print done
                echo done
                """;

        assertThat(MultilineCommandParser.parse(text)).isEqualTo("sh ./shell1.sh && sh ./shell2.sh && "
                + "curl --header \"Content-Type: application/json\" --request POST --data '{\"key\": \"value\"}' "
                + "https://destination.com && echo done");
    }

    static Stream<Arguments> spaceBackslashAnywhere() {
        return Stream.of(
                Arguments.of("printf \"a \\n\"", "printf \"a n\""),
                Arguments.of("a \\ b", "a b"),
                Arguments.of("echo x \\\\ y", "echo x \\ y"),
                Arguments.of("a \\", "a"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("spaceBackslashAnywhere")
    void spaceBackslashJoinsWithASpaceWhereverItOccurs(String text, String expected) {
        assertThat(MultilineCommandParser.parse(text)).isEqualTo(expected);
    }

    @Test
    void backslashWithoutSpaceBeforeItIsNotAContinuation() {
        assertThat(MultilineCommandParser.parse("a\\\nb")).isEqualTo("a\\ && b");
    }

    @Test
    void commentMadeByJoiningIsCutToo() {
        // "a \#b": the join turns " \" into a space, leaving "a #b", whose " #" starts a comment.
        assertThat(MultilineCommandParser.parse("a \\#b")).isEqualTo("a");
    }

    static Stream<Arguments> comments() {
        return Stream.of(
                Arguments.of("a # note\nb", "a && b"),
                Arguments.of("# note\na", "a"),
                Arguments.of("  # indented note\na", "a"),
                Arguments.of("echo a#b", "echo a#b"),
                Arguments.of("echo 'x #y'", "echo 'x"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("comments")
    void commentsAreDropped(String text, String expected) {
        assertThat(MultilineCommandParser.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" runs nothing")
    @ValueSource(strings = {"", "  ", "\n \n", "# only a comment", "\n # a\n\n#b"})
    void textWithoutCommandsGivesTheEmptyCommand(String text) {
        assertThat(MultilineCommandParser.parse(text)).isEmpty();
    }

    @Test
    void linesAreTrimmedAndJoinedWithAnd() {
        assertThat(MultilineCommandParser.parse("  cd app  \r\n\tnpm ci\n")).isEqualTo("cd app && npm ci");
    }
}
