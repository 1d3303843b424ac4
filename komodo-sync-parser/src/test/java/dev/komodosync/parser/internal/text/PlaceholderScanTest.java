package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.parser.internal.text.VariableInterpolator.InterpolationError;
import dev.komodosync.parser.internal.text.VariableInterpolator.PlaceholderScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding the {@code [[NAME]]} references of a text (behaviour §6.3). */
class PlaceholderScanTest {

    private static PlaceholderScan.Placeholder at(String name, int offset) {
        return new PlaceholderScan.Placeholder(name, offset);
    }

    static Stream<Arguments> placeholders() {
        return Stream.of(
                Arguments.of("no placeholders", List.of()),
                Arguments.of("[[A]]/[[[B]]]/[[A]]", List.of(at("A", 0), at("A", 14))),
                Arguments.of("mongodb://[[USER]]:[[PASS]]@host", List.of(at("USER", 10), at("PASS", 19))),
                Arguments.of("[[ spaced ]] [[lower]]", List.of(at(" spaced ", 0), at("lower", 13))),
                Arguments.of("[[]]", List.of(at("", 0))),
                Arguments.of("[[A]] x ]] y", List.of(at("A", 0))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("placeholders")
    void listsEveryPlaceholderButNotEscapesWithItsOffset(String text, List<PlaceholderScan.Placeholder> expected) {
        PlaceholderScan scan = VariableInterpolator.scan(text);

        assertThat(scan.placeholders()).isEqualTo(expected);
        assertThat(scan.error()).isEmpty();
        assertThat(told(text)).isEqualTo(expected);
    }

    /** What {@link VariableInterpolator#eachPlaceholder} tells, in order. */
    private static List<PlaceholderScan.Placeholder> told(String text) {
        List<PlaceholderScan.Placeholder> told = new ArrayList<>();
        VariableInterpolator.eachPlaceholder(text, (name, offset) -> told.add(at(name, offset)));
        return told;
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    /** Texts of brackets, names, spaces and a non-ASCII letter: every opener, closer, escape and error shape. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void eachPlaceholderTellsWhatAScanFindsBeforeAnyError(long seed) {
        Random random = new Random(seed);
        String[] pieces = {"[[", "]]", "[", "]", "[[[", "]]]", "A", "db_user", " ", "é", "x.y-z", "\n", "="};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        PlaceholderScan scan = VariableInterpolator.scan(text.toString());
        assertThat(told(text.toString())).as("%s", text).isEqualTo(scan.placeholders());
        assertThat(VariableInterpolator.eachPlaceholder(text.toString(), (name, offset) -> { }))
                .as("%s", text).isEqualTo(scan.error());
        assertThat(VariableInterpolator.error(text.toString())).as("%s", text).isEqualTo(scan.error());
    }

    @Test
    void eachPlaceholderStopsWhereTheScanFindsAnError() {
        assertThat(told("[[A]] [[B [[C]]")).containsExactly(at("A", 0));
        assertThat(VariableInterpolator.error("[[A]] [[B [[C]]"))
                .contains(new InterpolationError("no closing tags for variable at index 1", 6));
        assertThat(VariableInterpolator.error("[[A]] x")).isEmpty();
        assertThat(told("[[A]] [[[[B]]]]")).containsExactly(at("A", 0));
        assertThat(told("plain text")).isEmpty();
    }

    @Test
    void errorIsReportedWithThePlaceholdersBeforeIt() {
        PlaceholderScan scan = VariableInterpolator.scan("[[A]] [[B [[C]]");

        assertThat(scan.placeholders()).containsExactly(at("A", 0));
        assertThat(scan.error()).contains(new InterpolationError("no closing tags for variable at index 1", 6));
    }

    @Test
    void doubleOpenerIsReported() {
        assertThat(VariableInterpolator.scan("a [[[[B]]]]").error())
                .contains(new InterpolationError("found double opener '[[[[', formatting will fail", 2));
    }
}
