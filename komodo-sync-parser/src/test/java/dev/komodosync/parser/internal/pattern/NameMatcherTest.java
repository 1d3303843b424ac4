package dev.komodosync.parser.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.parser.internal.pattern.NameMatcher.MatcherResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resource-name patterns (behaviour §7.1, pitfall §13.19). Java escaping doubles every backslash. */
class NameMatcherTest {

    private static NameMatcher compiled(String pattern) {
        MatcherResult result = NameMatcher.compile(pattern);
        assertThat(result.error()).isEmpty();
        return result.matcher().orElseThrow();
    }

    @ParameterizedTest(name = "wildcard {0} vs \"{1}\" → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "web-*      | web-1          | true",
        "web-*      | web-           | true",
        "web-*      | aweb-1         | false",
        "*          | ``             | true",
        "*          | anything       | true",
        "*-db       | app-db         | true",
        "*-db       | app-db-2       | false",
        "a*b*c      | abc            | true",
        "a*b*c      | axxbyyc        | true",
        "a*b*c      | axxbyycd       | false",
        "*foo?*bar  | fooofooobar    | true",
        "a?c        | abc            | true",
        "a?c        | ac             | false",
        "?          | ``             | false",
        "api        | api            | true",
        "api        | api-1          | false",
        "api        | API            | false",
        "Web-*      | web-1          | false",
    })
    void wildcardMatchesTheWholeNameCaseSensitively(String pattern, String name, boolean matches) {
        assertThat(compiled(pattern).matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "wildcard {0} vs \"{1}\" → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "?      | é     | false",
        "??     | é     | true",
        "???    | é     | false",
        "caf?   | café  | false",
        "caf??  | café  | true",
        "?      | a     | true",
        "????   | 😀    | true",
        "é*     | éa    | true",
    })
    void questionMarkMatchesExactlyOneUtf8Byte(String pattern, String name, boolean matches) {
        assertThat(compiled(pattern).matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "wildcard {0} vs \"{1}\" → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\\*\\?     | *?     | true",
        "\\*\\?     | ab     | false",
        "a\\*       | a*     | true",
        "a\\*       | ab     | false",
        "a\\?       | a?     | true",
        "a\\?       | ab     | false",
        "a\\\\      | a\\    | true",
        "a\\\\b     | a\\b   | true",
    })
    void backslashEscapesStarQuestionMarkAndBackslash(String pattern, String name, boolean matches) {
        assertThat(compiled(pattern).matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "regex {0} vs \"{1}\" → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\\^bar-.*$\\      | bar-1          | true",
        "\\^bar-.*$\\      | foo-bar-1      | false",
        "\\bar\\           | foobarbaz      | true",
        "\\bar\\           | BAR            | false",
        "\\(?i)bar\\       | BAR            | true",
        "\\^app-[0-9]+$\\  | app-12         | true",
        "\\^app-[0-9]+$\\  | app-12x        | false",
        "`\\a|b\\`         | xbx            | true",
        "\\\\              | anything       | true",
        "\\\\              | ``             | true",
    })
    void regexBetweenBackslashesIsFoundAnywhereInTheName(String pattern, String name, boolean matches) {
        assertThat(compiled(pattern).matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} is a regex: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\\x\\     | true",
        "\\\\      | true",
        "x         | false",
        "\\*x      | false",
        "x\\\\     | false",
        "``        | false",
    })
    void onlyPatternsWrappedInBackslashesAreRegexes(String pattern, boolean regex) {
        assertThat(compiled(pattern).isRegex()).isEqualTo(regex);
    }

    @ParameterizedTest(name = "{0} → error mentioning \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\\        | dangling escape at index 0",
        "ab\\      | dangling escape at index 2",
        "a\\b      | invalid escape '\\b' at index 1",
        "\\^app-[0-9]{1     | invalid escape '\\^' at index 0",
        "a\\é      | invalid escape '\\é' at index 1",
        "\\(a\\    | missing closing )",
        "\\*\\     | missing argument to repetition operator",
        "\\a{1001}\\  | invalid repeat count",
    })
    void invalidPatternIsAnErrorThatSaysWhatIsWrong(String pattern, String problem) {
        MatcherResult result = NameMatcher.compile(pattern);

        assertThat(result.matcher()).isEmpty();
        assertThat(result.error()).hasValueSatisfying(error -> assertThat(error).contains(problem).contains(pattern));
    }

    @Test
    void loneBackslashIsADanglingEscapeNotAnEmptyRegex() {
        assertThat(NameMatcher.compile("\\").error())
                .hasValueSatisfying(error -> assertThat(error).contains("dangling escape").contains("regex needs"));
    }

    @Test
    void regexErrorNamesTheRegexAndTheEnginesMessage() {
        assertThat(NameMatcher.compile("\\(a\\").error()).contains(
                "invalid regex '(a' in pattern '\\(a\\': error parsing regexp: missing closing ): `(a`");
    }

    @Test
    void catastrophicBacktrackingRegexCompletes() {
        NameMatcher matcher = compiled("\\(a+)+$\\");

        assertThat(matcher.matches("a".repeat(50) + "!")).isFalse();
        assertThat(matcher.matches("a".repeat(50))).isTrue();
    }

    @Test
    void pathologicalWildcardCompletes() {
        NameMatcher matcher = compiled("*a*a*a*a*a*a*a*a*a*a*b");

        assertThat(matcher.matches("a".repeat(5_000))).isFalse();
    }

    @Test
    void patternIsKeptAsWritten() {
        NameMatcher matcher = compiled("\\^web-.*$\\");

        assertThat(matcher.pattern()).isEqualTo("\\^web-.*$\\");
        assertThat(matcher).hasToString("\\^web-.*$\\");
    }

    @Test
    void matchersWithTheSamePatternAreEqual() {
        assertThat(compiled("web-*")).isEqualTo(compiled("web-*")).isNotEqualTo(compiled("web-?"));
        assertThat(compiled("web-*")).hasSameHashCodeAs(compiled("web-*"));
    }

    @Test
    void aRegexCompiledAgainIsTheOneRememberedAndStillMatchesAsWritten() {
        NameMatcher first = compiled("\\^api-[0-9]+$\\");
        assertThat(compiled("\\^api-[0-9]+$\\")).isSameAs(first);
        assertThat(first.matches("api-12")).isTrue();
        assertThat(first.matches("api-x")).isFalse();
        MatcherResult invalid = NameMatcher.compile("\\^api-[0-9+$\\");
        assertThat(NameMatcher.compile("\\^api-[0-9+$\\")).isEqualTo(invalid);
        assertThat(invalid.error()).hasValueSatisfying(error -> assertThat(error).contains("invalid regex"));
        // More regexes than are remembered: each still compiles to what it says, the first included.
        for (int i = 0; i <= NameMatcher.MAX_REMEMBERED_REGEXES; i++) {
            NameMatcher each = compiled("\\^app-" + i + "$\\");
            assertThat(each.matches("app-" + i)).isTrue();
            assertThat(each.matches("app-" + (i + 1))).isFalse();
        }
        NameMatcher again = compiled("\\^api-[0-9]+$\\");
        assertThat(again).isEqualTo(first);
        assertThat(again.matches("api-7")).isTrue();
    }
}
