package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The limits of a load checked over one parsed file, in one pass over its tree (no recursion, so
 * any depth the reader accepted is walked safely): nesting depth, string and key length, array
 * length. Each value over a limit is a located {@code KS110}. Not API.
 */
public final class DocumentLimits {

    /** The limits that apply to one document. */
    public record Limits(int maxDepth, int maxStringLength, int maxArrayLength) {

        /** No limit at all: for tests and tools that read trusted text. */
        public static Limits unlimited() {
            return new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
    }

    private static final Map<String, String> OPTION_OF_FLAG = Map.of("--max-depth", "maxDepth",
            "--max-string-length", "maxStringLength", "--max-array-length", "maxArrayLength");

    private record Entry(JsonNode node, RawPath path, int depth) {}

    private DocumentLimits() {}

    /** The problems of {@code document}: at most one per kind of limit, the first found in file order. */
    public static List<Diagnostic> check(ParsedDocument document, Limits limits) {
        List<Diagnostic> problems = new ArrayList<>();
        boolean depthReported = false;
        boolean stringReported = false;
        boolean arrayReported = false;
        Deque<Entry> todo = new ArrayDeque<>();
        todo.push(new Entry(document.root(), RawPath.root(), 0));
        while (!todo.isEmpty()) {
            Entry entry = todo.pop();
            JsonNode node = entry.node();
            if (entry.depth() > limits.maxDepth() && !depthReported) {
                depthReported = true;
                problems.add(exceeded(document, entry.path(), "nesting deeper than " + limits.maxDepth() + " levels",
                        "--max-depth"));
                continue;
            }
            if (node.isTextual() && node.textValue().length() > limits.maxStringLength() && !stringReported) {
                stringReported = true;
                problems.add(exceeded(document, entry.path(), "a string of " + node.textValue().length()
                        + " characters, longer than " + limits.maxStringLength(), "--max-string-length"));
            } else if (node.isArray()) {
                if (node.size() > limits.maxArrayLength() && !arrayReported) {
                    arrayReported = true;
                    problems.add(exceeded(document, entry.path(), "an array of " + node.size()
                            + " elements, more than " + limits.maxArrayLength(), "--max-array-length"));
                    continue;
                }
                for (int i = node.size() - 1; i >= 0; i--) {
                    todo.push(new Entry(node.get(i), entry.path().index(i), entry.depth() + 1));
                }
            } else if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
                for (int i = fields.size() - 1; i >= 0; i--) {
                    String key = fields.get(i).getKey();
                    RawPath path = entry.path().key(key);
                    if (key.length() > limits.maxStringLength() && !stringReported) {
                        stringReported = true;
                        problems.add(exceeded(document, path, "a key of " + key.length() + " characters, longer than "
                                + limits.maxStringLength(), "--max-string-length"));
                        continue;
                    }
                    todo.push(new Entry(fields.get(i).getValue(), path, entry.depth() + 1));
                }
            }
        }
        return problems;
    }

    private static Diagnostic exceeded(ParsedDocument document, RawPath path, String what, String flag) {
        return exceeded(document.locate(path).orElse(new SourceLocation(document.file(), 1, 1)), what, flag);
    }

    /**
     * The {@code KS110} of a value over a limit: {@code what} it is ("a string of more than 10
     * characters"), {@code at} where, and the {@code flag} (and so the {@code LoadOptions} field)
     * that raises the limit. The readers stop with it as soon as they meet the value.
     */
    public static Diagnostic exceeded(SourceLocation at, String what, String flag) {
        return Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, what + ": over komodo-sync's limit; the file declares nothing")
                .at(at)
                .withHint("no such value could be applied (Core refuses requests over 2 MiB); raise the limit with "
                        + flag + " (LoadOptions." + OPTION_OF_FLAG.getOrDefault(flag, flag) + ") if this is meant");
    }
}
