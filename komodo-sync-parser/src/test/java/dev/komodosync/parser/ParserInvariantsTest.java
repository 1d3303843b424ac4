package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Variable;
import dev.komodosync.parser.internal.RustText;
import dev.komodosync.parser.internal.pattern.NameMatcher;
import dev.komodosync.parser.internal.pattern.NameMatcher.MatcherResult;
import dev.komodosync.parser.internal.text.KeyValueListParser;
import dev.komodosync.parser.internal.text.KeyValueListParser.KeyValueList;
import dev.komodosync.parser.internal.text.MultilineCommandParser;
import dev.komodosync.parser.internal.text.StringListParser;
import dev.komodosync.parser.internal.text.VariableInterpolator;
import dev.komodosync.parser.internal.text.VariableInterpolator.Interpolation;
import dev.komodosync.parser.internal.text.VariableInterpolator.PlaceholderScan;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the mini-format parsers, checked on random texts built from the characters
 * the formats care about. Fixed seeds; {@code -Dkomodosync.cases=N} checks more texts per seed.
 */
class ParserInvariantsTest {

    private static final String ALPHABET = "ab=:-#/\\ ,\"'[]*?\n\t\u00A0é";
    private static final int CASES = Integer.getInteger("komodosync.cases", 300);

    static LongStream seeds() {
        return LongStream.of(1, 7, 42, 1234, 987_654_321);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keyValueKeysNeverHoldASeparatorAndLinesPointIntoTheText(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < CASES; n++) {
            String text = randomText(random);
            int lineCount = text.split("\n", -1).length;
            KeyValueList list = KeyValueListParser.parse(text);
            assertThat(list.entries()).as(text).allSatisfy(entry -> {
                assertThat(entry.key()).doesNotContain("=", ":");
                assertThat(entry.line()).isBetween(0, lineCount - 1);
            });
            assertThat(list.problems()).as(text).allSatisfy(problem -> assertThat(problem.line())
                    .isBetween(0, lineCount - 1));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stringListEntriesAreNonEmptyTrimmedAndCommaFree(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < CASES; n++) {
            String text = randomText(random);
            assertThat(StringListParser.parse(text)).as(text).allSatisfy(entry -> {
                assertThat(entry).isNotEmpty().doesNotContain(",", "\n");
                assertThat(entry).isEqualTo(RustText.trim(entry));
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void multilineCommandIsASingleLine(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < CASES; n++) {
            String text = randomText(random);
            assertThat(MultilineCommandParser.parse(text)).as(text).doesNotContain("\n");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scanErrorIsTheInterpolationErrorOfTheFirstPass(long seed) {
        Random random = new Random(seed);
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(Variable.of("a", "[b]", false)));
        for (int n = 0; n < CASES; n++) {
            String text = randomText(random);
            PlaceholderScan scan = VariableInterpolator.scan(text);
            Interpolation interpolation = interpolator.interpolate(text);
            if (scan.error().isPresent()) {
                assertThat(interpolation.error()).as(text).isEqualTo(scan.error());
            }
            if (interpolation.error().isPresent()) {
                assertThat(interpolation.value().reveal()).as(text).isEqualTo(text);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void escapedNameIsAWildcardMatchingExactlyThatName(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < CASES; n++) {
            String name = randomText(random);
            String pattern = name.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
            if (pattern.length() >= 2 && pattern.startsWith("\\") && pattern.endsWith("\\")) {
                continue;
            }
            NameMatcher matcher = NameMatcher.compile(pattern).matcher().orElseThrow();
            assertThat(matcher.matches(name)).as(pattern).isTrue();
            assertThat(matcher.matches(name + "x")).as(pattern).isFalse();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPatternEitherCompilesOrSaysWhy(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < CASES; n++) {
            String pattern = randomText(random);
            MatcherResult result = NameMatcher.compile(pattern);
            assertThat(result.matcher().isPresent()).as(pattern).isNotEqualTo(result.error().isPresent());
        }
    }
}
