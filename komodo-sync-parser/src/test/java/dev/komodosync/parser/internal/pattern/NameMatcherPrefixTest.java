package dev.komodosync.parser.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link NameMatcher#literalPrefix()}: what every matching name starts with, so that sorted names
 * can be searched by prefix. Wrong would be a prefix that some matching name lacks.
 */
class NameMatcherPrefixTest {

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "app-*          | app-",
        "app-0?1        | app-0",
        "exact          | exact",
        "*-web          | ``",
        "a\\*b*         | a*b",
        "\\^web-[0-9]+$\\ | web-",
        "\\^web-1?$\\   | web-",
        "\\^web-1*\\    | web-",
        "\\^web{2}\\    | we",
        "\\web\\        | ``",
        "`\\^a|b\\`     | ``",
        "\\^(?i)web\\   | ``",
        "\\^w.b\\       | w",
    })
    void theLiteralStartOfAPattern(String pattern, String prefix) {
        assertThat(NameMatcher.compile(pattern).matcher().orElseThrow().literalPrefix()).isEqualTo(prefix);
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    private static final List<String> PATTERNS = List.of("ab*", "a?c", "abc", "\\^ab\\", "\\^a[bc]+$\\", "\\^ab?c\\",
            "\\^a{0,2}b\\", "a\\*b", "\\^ab*c\\", "\\^a+b\\", "*b*", "\\^ab|c\\");

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyMatchingNameStartsWithThePrefix(long seed) {
        Random random = new Random(seed);
        NameMatcher matcher = NameMatcher.compile(PATTERNS.get(random.nextInt(PATTERNS.size()))).matcher().orElseThrow();
        for (int i = 0; i < 200; i++) {
            StringBuilder name = new StringBuilder();
            for (int j = random.nextInt(5); j > 0; j--) {
                name.append("abc*".charAt(random.nextInt(4)));
            }
            if (matcher.matches(name.toString())) {
                assertThat(name.toString()).as("matched by %s", matcher).startsWith(matcher.literalPrefix());
            }
        }
    }
}
