package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.parser.internal.text.VariableInterpolator.InterpolationError;
import dev.komodosync.parser.internal.text.VariableInterpolator.PlaceholderScan;
import java.util.List;
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
