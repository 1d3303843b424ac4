package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * Scalars with a rule beyond their JSON type, as the {@link Binder} reads them: integers within
 * their range, versions written as text or as a table, enum constants by Komodo's names (with a
 * "did you mean" for a near miss). Each read gives the value, or reports the problem and gives
 * nothing, leaving the fallback to the binder, which knows the field's default.
 */
final class ScalarReads {

    private ScalarReads() {}

    /** An integer within its type's range. */
    static Optional<Object> integer(ValueType.IntegerType integer, JsonNode node, RawPath raw, BindProblems problems) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            return mismatch(raw, integer, node, problems);
        }
        long value = node.longValue();
        if (value < integer.min() || value > integer.max()) {
            problems.report(DiagnosticCode.INVALID_VALUE, BindProblems.describeTarget(raw) + " must be between " + integer.min() + " and " + integer.max()
                    + ", found " + value, raw, null);
            return Optional.empty();
        }
        return Optional.of(integer.box(value));
    }

    /** A version: {@code "1.2.3"}, or a table of {@code major}, {@code minor} and {@code patch}. */
    static Optional<Object> version(JsonNode node, RawPath raw, BindProblems problems) {
        if (node.isTextual()) {
            Optional<Version> version = Version.parse(node.textValue());
            if (version.isEmpty()) {
                problems.report(DiagnosticCode.INVALID_VALUE, BindProblems.describeTarget(raw) + " `" + node.textValue() + "` is not a version", raw,
                        "write MAJOR.MINOR.PATCH, e.g. \"1.2.3\"; \"0.0.0\" means the latest");
                return Optional.empty();
            }
            return Optional.of(version.get());
        }
        if (node.isObject()) {
            int[] parts = new int[3];
            String[] keys = {"major", "minor", "patch"};
            boolean ok = true;
            for (int i = 0; i < 3; i++) {
                JsonNode part = node.get(keys[i]);
                if (part == null || !part.isIntegralNumber() || !part.canConvertToInt()) {
                    problems.report(part == null ? DiagnosticCode.MISSING_FIELD : DiagnosticCode.WRONG_TYPE,
                            BindProblems.describeTarget(raw) + " needs an integer `" + keys[i] + "`", raw, "write { major = 1, minor = 2, patch = 3 }");
                    ok = false;
                } else {
                    parts[i] = part.intValue();
                }
            }
            return ok ? Optional.of(new Version(parts[0], parts[1], parts[2])) : Optional.empty();
        }
        return mismatch(raw, new ValueType.VersionType(), node, problems);
    }

    /** One of an enum's constants, by Komodo's name for it; a near miss gets a "did you mean". */
    static Optional<Object> enumConstant(ValueType.EnumType type, JsonNode node, RawPath raw, BindProblems problems) {
        if (!node.isTextual()) {
            return mismatch(raw, type, node, problems);
        }
        Optional<KomodoEnum> constant = type.constant(node.textValue());
        if (constant.isPresent()) {
            return Optional.of(constant.get());
        }
        return unknownConstant(type, node.textValue(), raw, problems);
    }

    /**
     * Reports a value that names none of an enum's constants. Apart from {@link #enumConstant}:
     * the report's streams, compiled into it, would have it compiled again once the JDK loads
     * another stream class (issue 19).
     */
    private static Optional<Object> unknownConstant(ValueType.EnumType type, String text, RawPath raw,
            BindProblems problems) {
        List<String> keys = type.constants().stream().map(KomodoEnum::key).toList();
        String hint = Suggestions.closest(text, keys).map(s -> "did you mean \"" + s + "\"?")
                .orElse("write " + type.describe());
        problems.report(DiagnosticCode.INVALID_VALUE, BindProblems.describeTarget(raw) + " `" + text + "` is not "
                + type.describe(), raw, hint);
        return Optional.empty();
    }

    private static Optional<Object> mismatch(RawPath raw, ValueType expected, JsonNode found, BindProblems problems) {
        problems.wrongType(raw, BindProblems.describeTarget(raw), expected.describe(), found);
        return Optional.empty();
    }
}
