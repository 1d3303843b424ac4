package dev.komodosync.diff.snapshot.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.BindProblem;
import dev.komodosync.parser.internal.RawPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics of one snapshot read, located in the file: positions as the JSON parser gives
 * them ({@code char} columns) become {@link SourceLocation}s in code points, and the binder's
 * problems, phrased for TOML tables, become snapshot errors naming their JSON pointer.
 */
final class SnapshotProblems {

    /** The position of a problem that has none: a tree bound without positions, a file that cannot be read. */
    static final long NOWHERE = -1;

    private final String file;
    private final ParserColumns columns;
    /**
     * The diagnostics so far, located only when asked for ({@link #sorted()}): the columns of a
     * line are known once the reader has passed it, and reports may come from a thread behind it.
     */
    private final List<Reported> diagnostics = new ArrayList<>();

    /** A diagnostic without its location yet, and where it is: a packed position, or -1 for nowhere. */
    private record Reported(Diagnostic diagnostic, long position) {}

    /** The problems of elements bound from trees, which have no positions. */
    SnapshotProblems() {
        this("", null);
    }

    SnapshotProblems(String file, ParserColumns columns) {
        this.file = file;
        this.columns = columns;
    }

    /** A position as the parser reports it, packed for cheap storage. */
    static long position(JsonLocation location) {
        if (location == null) {
            return (1L << 32) | 1;
        }
        return ((long) Math.max(1, location.getLineNr()) << 32) | Math.max(1, location.getColumnNr());
    }

    /**
     * Where the parser's current token starts, packed as {@link #position(JsonLocation)} packs it,
     * without making a {@link JsonLocation} when the parser can say it directly.
     */
    static long tokenPosition(JsonParser parser) {
        if (parser instanceof ParserBase base) {
            // getTokenColumnNr() counts one more than the token location's column (Jackson 2.x);
            // SnapshotDiagnosticsTest pins the two together.
            return ((long) Math.max(1, base.getTokenLineNr()) << 32) | Math.max(1, base.getTokenColumnNr() - 1);
        }
        return position(parser.currentTokenLocation());
    }

    /** A value of the wrong type, or a missing one, at {@code position}. */
    void wrongType(String message, long position, Optional<String> hint) {
        Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.SNAPSHOT_WRONG_TYPE, message);
        diagnostics.add(new Reported(hint.isPresent() ? diagnostic.withHint(hint.get()) : diagnostic, position));
    }

    /** {@code pointer must be <expected>, found <what the node is>}. */
    void wrongType(RawPath at, String expected, JsonNode found, long position) {
        wrongType(pointer(at) + " must be " + expected + ", found " + describe(found), position, Optional.empty());
    }

    /** A binder problem at {@code position}, phrased for JSON ({@link #phrase}, {@link #hint}). */
    void bindProblem(BindProblem problem, long position) {
        wrongType(phrase(problem), position, hint(problem));
    }

    /** Two entries that must be one (KS304): a resource id, a tag id, a kind and name, a JSON key. */
    void duplicate(String message, long position, String hint) {
        diagnostics.add(new Reported(Diagnostic.of(DiagnosticCode.SNAPSHOT_DUPLICATE, message).withHint(hint), position));
    }

    /** Text that is not JSON. */
    void syntax(String message, long position) {
        diagnostics.add(new Reported(Diagnostic.of(DiagnosticCode.SNAPSHOT_SYNTAX, message)
                .withHint("a snapshot is Komodo's API JSON; check the file was written completely"), position));
    }

    /** A limit of the JSON reader exceeded (KS305), at the place the reader stopped. */
    void overLimit(String message, long position, String hint) {
        diagnostics.add(new Reported(Diagnostic.of(DiagnosticCode.SNAPSHOT_TOO_LARGE, message).withHint(hint), position));
    }

    /** A file that could not be read. */
    void readFailed(String message, String hint) {
        diagnostics.add(new Reported(Diagnostic.of(DiagnosticCode.SNAPSHOT_READ_FAILED, message).withHint(hint), NOWHERE));
    }

    /** How many diagnostics there are so far. */
    int count() {
        return diagnostics.size();
    }

    /** The diagnostics, located and in print order; call it once the whole text has been read. */
    List<Diagnostic> sorted() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics.size());
        for (Reported r : diagnostics) {
            sorted.add(r.position() == NOWHERE || columns == null ? r.diagnostic() : r.diagnostic().at(locate(r.position())));
        }
        sorted.sort(Diagnostic.ORDER);
        return Collections.unmodifiableList(sorted);
    }

    private SourceLocation locate(long position) {
        int line = (int) (position >>> 32);
        int column = (int) position;
        return new SourceLocation(file, line, columns.codePointColumn(line, column));
    }

    /**
     * The binder names the value it complains about first ({@code `network` must be a string}, or
     * {@code element 2 of `links` must be ...}); a snapshot diagnostic names it by its JSON pointer
     * instead ({@code /deployments/3/config/network must be a string}). Other messages get the
     * pointer in front. TOML's words become JSON's.
     */
    static String phrase(BindProblem problem) {
        RawPath at = problem.at();
        String pointer = pointer(at);
        String subject = at.lastKey().isEmpty() && !at.isRoot()
                ? "element " + ((Integer) at.segments().get(at.segments().size() - 1) + 1) + " of `"
                        + at.parent().lastKey() + "`"
                : "`" + at.lastKey() + "`";
        String message = problem.message().replaceAll(" in \\[[^\\]]*\\]$", "");
        String rest = message.startsWith(subject) ? message.substring(subject.length()) : "";
        String located = rest.startsWith(" must ") || rest.startsWith(" needs ") || rest.startsWith(" `")
                ? pointer + rest
                : pointer + ": " + message;
        return json(located);
    }

    /**
     * The binder's hint, unless it shows TOML syntax ({@code write tags = ["x"]}) or speaks of a
     * hand-written file: advice for a sync file is wrong for Komodo's API JSON.
     */
    static Optional<String> hint(BindProblem problem) {
        return problem.hint().filter(h -> !h.contains(" = ") && !h.contains("the file")).map(SnapshotProblems::json);
    }

    private static String json(String text) {
        return text.replace("an array of tables", "an array of objects").replace("a table", "an object");
    }

    /** The JSON pointer (RFC 6901) of {@code path}: {@code /deployments/3/config/network}. */
    static String pointer(RawPath path) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : path.segments()) {
            appendSegment(pointer, segment.toString());
        }
        return pointer.toString();
    }

    /** Appends {@code /segment}, escaped as RFC 6901 requires. */
    static void appendSegment(StringBuilder pointer, String segment) {
        pointer.append('/');
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
    }

    /** How a message names what was found. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    /** How a message names what a token starts. */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "`" + token.asString() + "`";
        };
    }
}
