package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The problems one {@link Binder} finds, in the order found, phrased alike: a wrong type names the
 * value, what was expected and what was found ({@code `tags` must be an array of strings, found a
 * string}), with a hint where one fits.
 */
final class BindProblems {

    private final List<BindProblem> problems = new ArrayList<>();

    /** The problems so far (unmodifiable). */
    List<BindProblem> all() {
        return Collections.unmodifiableList(problems);
    }

    /** Whether any problem so far is an error. */
    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.code().severity() == Severity.ERROR);
    }

    void add(BindProblem problem) {
        problems.add(problem);
    }

    void report(DiagnosticCode code, String message, RawPath at, String hint) {
        problems.add(new BindProblem(code, message, at, Optional.ofNullable(hint)));
    }

    /** {@code what} must be {@code expected}, found what {@code found} is. */
    void wrongType(RawPath raw, String what, String expected, JsonNode found) {
        String hint = null;
        if (expected.startsWith("an array") && found.isTextual()) {
            hint = "write " + raw.lastKey() + " = [\"" + found.textValue() + "\"]";
        } else if (expected.equals("a string") && !found.isTextual() && !found.isContainerNode()) {
            hint = "quote it: \"" + found.asText() + "\"";
        }
        report(DiagnosticCode.WRONG_TYPE, what + " must be " + expected + ", found " + describe(found), raw, hint);
    }

    /** How a diagnostic names the value at {@code raw}: {@code `key`}, or {@code element 2 of `key`}. */
    static String describeTarget(RawPath raw) {
        String key = raw.lastKey();
        if (!key.isEmpty()) {
            return "`" + key + "`";
        }
        RawPath parent = raw.parent();
        Object last = raw.segments().isEmpty() ? null : raw.segments().get(raw.segments().size() - 1);
        return "element " + ((last instanceof Integer i ? i : 0) + 1) + " of `" + parent.lastKey() + "`";
    }

    /** How a diagnostic names what was found. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a float";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "a table";
        }
        if (node instanceof POJONode) {
            return "a date-time";
        }
        return "nothing";
    }
}
