package dev.komodosync.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import dev.komodosync.parser.internal.text.VariableInterpolator.Interpolation;
import dev.komodosync.parser.internal.text.VariableInterpolator.InterpolationError;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Komodo's {@code [[NAME]]} interpolation (behaviour §6.3, pitfall §13.20). */
class VariableInterpolatorTest {

    private static final VariableInterpolator PLAIN = VariableInterpolator.of(List.of(
            Variable.of("KEY", "value", false),
            Variable.of("FRONT", "f", false),
            Variable.of("MIDDLE", "m", false),
            Variable.of("END", "e", false),
            Variable.of("USERNAME", "root", false),
            Variable.of("A", "1", false)));

    static Stream<Arguments> substitutions() {
        return Stream.of(
                Arguments.of("no variables in here", "no variables in here"),
                Arguments.of("[[KEY]] at the front", "value at the front"),
                Arguments.of("middle [[KEY]] not at front", "middle value not at front"),
                Arguments.of("not at front [[KEY]]", "not at front value"),
                Arguments.of("[[FRONT]] at front, [[MIDDLE]] in middle, and on then the [[END]]",
                        "f at front, m in middle, and on then the e"),
                Arguments.of("[[KEY]][[KEY]]", "valuevalue"),
                Arguments.of("[single] brackets ]] stay", "[single] brackets ]] stay"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("substitutions")
    void knownNamesAreReplacedByTheirValues(String text, String expected) {
        assertThat(PLAIN.interpolate(text).value().reveal()).isEqualTo(expected);
    }

    @Test
    void tripleBracketsEscapeToLiteralDoubleBrackets() {
        Interpolation result = PLAIN.interpolate(
                "[[[FRONT]]] at front, [[[MIDDLE]]] in middle, and on then the [[[END]]]");

        assertThat(result.value().reveal())
                .isEqualTo("[[FRONT]] at front, [[MIDDLE]] in middle, and on then the [[END]]");
        assertThat(result.replaced()).isEmpty();
    }

    static Stream<Arguments> escapeQuirks() {
        return Stream.of(
                Arguments.of("[[[X]]] and ]]] more", "[[X]] and  more"),
                Arguments.of("[[[X]] open", "[[X]] open"),
                Arguments.of("[[[X]]]]]]", "[[X]]"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("escapeQuirks")
    void escapeKeepsOneBracketTurnsTheFirstTripleCloserIntoTwoAndDropsLaterOnes(String text, String expected) {
        assertThat(PLAIN.interpolate(text).value().reveal()).isEqualTo(expected);
    }

    @Test
    void strayCloserAfterAPlaceholderIsKept() {
        assertThat(PLAIN.interpolate("mongodb://[[USERNAME]]:mongo_password]]@127.0.0.1:27017").value().reveal())
                .isEqualTo("mongodb://root:mongo_password]]@127.0.0.1:27017");
        assertThat(PLAIN.interpolate("[[A]] x ]] y").value().reveal()).isEqualTo("1 x ]] y");
    }

    static Stream<Arguments> unknownNames() {
        return Stream.of(
                Arguments.of("[[NOPE]]", "NOPE"),
                Arguments.of("[[ A ]]", " A "),
                Arguments.of("[[a]]", "a"),
                Arguments.of("[[]]", ""),
                Arguments.of("if [[ -f x ]]; then", " -f x "));
    }

    @ParameterizedTest(name = "{0} stays, unknown \"{1}\"")
    @MethodSource("unknownNames")
    void unknownUntrimmedOrMiscasedNamesAreLeftAsWritten(String text, String name) {
        Interpolation result = PLAIN.interpolate(text);

        assertThat(result.value().reveal()).isEqualTo(text);
        assertThat(result.unknown()).containsExactly(name);
        assertThat(result.error()).isEmpty();
    }

    @Test
    void emptyTextIsUntouched() {
        assertThat(PLAIN.interpolate("")).isEqualTo(
                new Interpolation(Secret.empty(), "", List.of(), List.of(), Optional.empty()));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("[[[[A]]]]", "found double opener '[[[[', formatting will fail", 0),
                Arguments.of("x [[[[", "found double opener '[[[[', formatting will fail", 2),
                Arguments.of("ends with [[", "found double opener '[[[[', formatting will fail", 10),
                Arguments.of("a [[B", "no closing tags for variable at index 0", 2),
                Arguments.of("[[A]] [[B", "no closing tags for variable at index 1", 6),
                Arguments.of("[[A [[B]]", "no closing tags for variable at index 0", 0),
                Arguments.of("[[[X]]] [[Y", "no closing tags for variable at index 1", 8),
                Arguments.of("x[[[", "found double opener '[[[[', formatting will fail", 1),
                Arguments.of("a [[é]]", "found double opener '[[[[', formatting will fail", 2),
                Arguments.of("[[\u00A0A]]", "found double opener '[[[[', formatting will fail", 0),
                Arguments.of("[[日本]]", "found double opener '[[[[', formatting will fail", 0));
    }

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @MethodSource("errors")
    void malformedTextIsAnErrorWithKomodosMessageAndItsOffset(String text, String message, int offset) {
        assertThat(PLAIN.interpolate(text).error()).contains(new InterpolationError(message, offset));
    }

    @Test
    void errorLeavesTheTextUnchangedAndListsNothing() {
        Interpolation result = PLAIN.interpolate("[[A]] [[B");

        assertThat(result.value().reveal()).isEqualTo("[[A]] [[B");
        assertThat(result.masked()).isEqualTo("[[A]] [[B");
        assertThat(result.replaced()).isEmpty();
        assertThat(result.unknown()).isEmpty();
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void secretsAreMaskedByNameAndPlainValuesShown() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(
                Variable.of("DB_USER", "admin", false), Variable.of("DB_PASS", "hunter2", true)));

        Interpolation result = interpolator.interpolate("[[DB_USER]]:[[DB_PASS]] [[OTHER]]");

        assertThat(result.value().reveal()).isEqualTo("admin:hunter2 [[OTHER]]");
        assertThat(result.masked()).isEqualTo("admin:<DB_PASS> [[OTHER]]");
        assertThat(result.replaced()).containsExactly("DB_USER", "DB_PASS");
        assertThat(result.unknown()).containsExactly("OTHER");
    }

    @Test
    void valueIsASecretSoPrintingItShowsNothing() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(Variable.of("S", "hunter2", true)));

        assertThat(interpolator.interpolate("[[S]]").toString()).doesNotContain("hunter2");
    }

    @Test
    void plainValueMayHoldASecretPlaceholderForTheSecondPass() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(
                Variable.of("URL", "https://[[TOKEN]]@git.example", false), Variable.of("TOKEN", "abc", true)));

        Interpolation result = interpolator.interpolate("clone [[URL]]");

        assertThat(result.value().reveal()).isEqualTo("clone https://abc@git.example");
        assertThat(result.masked()).isEqualTo("clone https://<TOKEN>@git.example");
        assertThat(result.replaced()).containsExactly("URL", "TOKEN");
    }

    @Test
    void escapedSecretIsStillReplacedBecauseTheEscapeOnlyShieldsTheFirstPass() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(Variable.of("TOKEN", "abc", true)));

        Interpolation result = interpolator.interpolate("Bearer [[TOKEN]] [[[TOKEN]]] [[X]]");

        assertThat(result.value().reveal()).isEqualTo("Bearer abc abc [[X]]");
        assertThat(result.masked()).isEqualTo("Bearer <TOKEN> <TOKEN> [[X]]");
    }

    @Test
    void escapedPlainVariableStaysLiteralAndIsListedAsLeftUnknown() {
        Interpolation result = PLAIN.interpolate("[[[KEY]]]");

        assertThat(result.value().reveal()).isEqualTo("[[KEY]]");
        assertThat(result.unknown()).containsExactly("KEY");
    }

    @Test
    void errorFoundBySecretPassPointsAtThePlaceholderThatBroughtIt() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(Variable.of("V", "a[[b", false)));

        assertThat(interpolator.interpolate("x [[V]] y").error())
                .contains(new InterpolationError("no closing tags for variable at index 0", 2));
    }

    @Test
    void errorFoundBySecretPassInAnEscapePointsAtTheEscape() {
        assertThat(PLAIN.interpolate("ok [[[X").error())
                .contains(new InterpolationError("no closing tags for variable at index 0", 3));
    }

    @Test
    void replacedNamesAreDistinctInOrderOfSubstitution() {
        assertThat(PLAIN.interpolate("[[END]][[KEY]][[END]][[NOPE]]").replaced()).containsExactly("END", "KEY");
    }

    @Test
    void unknownNamesAreDistinctInWrittenOrder() {
        assertThat(PLAIN.interpolate("[[Z]][[KEY]][[Y]][[Z]]").unknown()).containsExactly("Z", "Y");
    }

    @Test
    void laterVariableWithTheSameNameWins() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(
                Variable.of("X", "first", false), Variable.of("X", "second", false)));

        assertThat(interpolator.interpolate("[[X]]").value().reveal()).isEqualTo("second");
    }

    @Test
    void plainVariableIsSubstitutedBeforeASecretOfTheSameName() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(
                Variable.of("X", "secret", true), Variable.of("X", "plain", false)));

        Interpolation result = interpolator.interpolate("[[X]]");

        assertThat(result.value().reveal()).isEqualTo("plain");
        assertThat(result.masked()).isEqualTo("plain");
    }

    @Test
    void substitutedValuesAreNotInterpolatedAgainInTheSamePass() {
        VariableInterpolator interpolator = VariableInterpolator.of(List.of(
                Variable.of("A", "[[B]]", false), Variable.of("B", "b", false)));

        Interpolation result = interpolator.interpolate("[[A]]");

        assertThat(result.value().reveal()).isEqualTo("[[B]]");
        assertThat(result.unknown()).containsExactly("B");
    }
}
