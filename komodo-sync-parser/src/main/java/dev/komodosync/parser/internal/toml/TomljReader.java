package dev.komodosync.parser.internal.toml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.ParsedDocument;
import dev.komodosync.parser.internal.RawPath;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * Reads one file's TOML with tomlj, as TOML 1.1 (Komodo's Rust {@code toml} 1.x reads 1.1), after
 * Komodo's {@code """} rule, into a {@link ParsedDocument}.
 *
 * <p>tomlj 1.2.0 gives up on a file after some errors (a stray line hides every later line), and
 * an unclosed bracket makes every later line an error. To report each real mistake once, the
 * errors of the whole file are kept up to the end of the section (table) holding the first one;
 * every later section is then parsed on its own, with the other lines blanked so that positions
 * do not move; and inside a section where tomlj stopped, the bad line is blanked and the section
 * parsed again.
 */
public final class TomljReader implements TomlReader {

    private static final int MAX_RETRIES_PER_SECTION = 20;

    @Override
    public ParsedDocument read(String file, String text) {
        return read(file, TripleQuoteEscaper.escape(withoutByteOrderMark(text)));
    }

    /** The text without the byte order mark that may start it. */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Reads a file's text after the {@code """} rule. */
    ParsedDocument read(String file, TripleQuoteEscaper escaper) {
        try {
            return readChecked(file, escaper);
        } catch (StackOverflowError tooDeep) {
            // Thousands of nested brackets exhaust the stack of the recursive-descent parser.
            Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.TOML_SYNTAX, "the file nests arrays or tables too deeply to read")
                    .at(NestingDepth.firstBeyond(file, escaper.escaped(), 64))
                    .withHint("no Komodo config nests more than a few levels; look for unclosed or repeated brackets here");
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), List.of(diagnostic));
        }
    }

    private ParsedDocument readChecked(String file, TripleQuoteEscaper escaper) {
        TomlParseResult result;
        List<TomlParseError> wholeFileErrors;
        try {
            result = Toml.parse(escaper.escaped(), TomlVersion.LATEST);
            wholeFileErrors = result.errors();
        } catch (TomlParseError thrown) {
            // tomlj throws for some inputs (an invalid escape in a quoted key) instead of listing them.
            result = null;
            wholeFileErrors = List.of(thrown);
        }
        if (!wholeFileErrors.isEmpty()) {
            List<TomlParseError> errors = recoverErrors(escaper.escaped(), wholeFileErrors);
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (TomlParseError error : errors) {
                diagnostics.add(syntaxError(file, error, escaper));
            }
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), diagnostics);
        }
        Map<RawPath, SourceLocation> positions = new HashMap<>();
        ObjectNode root = table(result, RawPath.root(), positions, file, escaper);
        return new ParsedDocument(file, root, positions, List.of());
    }

    private static List<TomlParseError> recoverErrors(String text, List<TomlParseError> wholeFile) {
        TomlLines lines = TomlLines.of(text);
        List<Integer> headers = lines.headerLines();
        List<TomlParseError> sorted = wholeFile.stream().sorted(POSITION).toList();
        int firstLine = sorted.get(0).position().line();
        int firstSectionEnd = sectionEnd(headers, firstLine, lines.size());
        Map<String, TomlParseError> found = new LinkedHashMap<>();
        sorted.stream().filter(e -> e.position().line() <= firstSectionEnd).forEach(e -> found.putIfAbsent(key(e), e));
        if (found.size() == 1) {
            retryWithoutBadLines(lines, sectionStart(headers, firstLine), firstSectionEnd, found);
        }
        for (int header : headers) {
            if (header <= firstSectionEnd) {
                continue;
            }
            int end = sectionEnd(headers, header, lines.size());
            List<TomlParseError> sectionErrors = errorsOf(lines.keepOnly(header, end, List.of()));
            sectionErrors.forEach(e -> found.putIfAbsent(key(e), e));
            if (sectionErrors.size() == 1) {
                retryWithoutBadLines(lines, header, end, found);
            }
        }
        return found.values().stream().sorted(POSITION).toList();
    }

    /** tomlj stopped at the single error it reported: blank that line and look further. */
    private static void retryWithoutBadLines(TomlLines lines, int first, int last, Map<String, TomlParseError> found) {
        List<Integer> blanked = new ArrayList<>();
        int lastBad = found.values().stream().filter(e -> e.position().line() >= first && e.position().line() <= last)
                .mapToInt(e -> e.position().line()).max().orElse(last + 1);
        for (int attempt = 0; attempt < MAX_RETRIES_PER_SECTION && lastBad <= last; attempt++) {
            blanked.add(lastBad);
            int after = lastBad;
            List<TomlParseError> next = errorsOf(lines.keepOnly(first, last, blanked)).stream()
                    .filter(e -> e.position().line() > after).toList();
            if (next.isEmpty()) {
                return;
            }
            found.putIfAbsent(key(next.get(0)), next.get(0));
            lastBad = next.get(0).position().line();
        }
    }

    private static List<TomlParseError> errorsOf(String text) {
        try {
            return Toml.parse(text, TomlVersion.LATEST).errors().stream().sorted(POSITION).toList();
        } catch (TomlParseError thrown) {
            return List.of(thrown);
        }
    }

    private static int sectionStart(List<Integer> headers, int line) {
        int start = 1;
        for (int header : headers) {
            if (header <= line) {
                start = header;
            }
        }
        return start;
    }

    private static int sectionEnd(List<Integer> headers, int line, int lastLine) {
        for (int header : headers) {
            if (header > line) {
                return header - 1;
            }
        }
        return lastLine;
    }

    private static final Comparator<TomlParseError> POSITION = Comparator
            .comparingInt((TomlParseError e) -> e.position().line())
            .thenComparingInt(e -> e.position().column());

    private static String key(TomlParseError error) {
        return error.position().line() + ":" + error.position().column();
    }

    private static Diagnostic syntaxError(String file, TomlParseError error, TripleQuoteEscaper escaper) {
        String message = error.getMessage();
        Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.TOML_SYNTAX, message)
                .at(location(file, error.position(), escaper));
        if (message.contains("expected ]") || message.contains("expected }")) {
            return diagnostic.withHint("a `[` or `{` opened earlier is not closed");
        }
        if (message.contains("expected \"\"\"") || message.contains("expected '''")) {
            return diagnostic.withHint("a multi-line string opened earlier is not closed");
        }
        if (message.contains("previously defined")) {
            return diagnostic.withHint("a key or table may be defined only once per file");
        }
        return diagnostic;
    }

    private static SourceLocation location(String file, TomlPosition position, TripleQuoteEscaper escaper) {
        return new SourceLocation(file, position.line(), escaper.originalColumn(position.line(), position.column()));
    }

    private static ObjectNode table(
            TomlTable table, RawPath path, Map<RawPath, SourceLocation> positions, String file, TripleQuoteEscaper escaper) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (String key : table.keySet()) {
            RawPath child = path.key(key);
            TomlPosition position = table.inputPositionOf(List.of(key));
            if (position != null) {
                positions.put(child, location(file, position, escaper));
            }
            node.set(key, value(table.get(List.of(key)), child, positions, file, escaper));
        }
        return node;
    }

    private static ArrayNode array(
            TomlArray array, RawPath path, Map<RawPath, SourceLocation> positions, String file, TripleQuoteEscaper escaper) {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < array.size(); i++) {
            RawPath child = path.index(i);
            TomlPosition position = array.inputPositionOf(i);
            if (position != null) {
                positions.put(child, location(file, position, escaper));
            }
            node.add(value(array.get(i), child, positions, file, escaper));
        }
        return node;
    }

    private static JsonNode value(
            Object value, RawPath path, Map<RawPath, SourceLocation> positions, String file, TripleQuoteEscaper escaper) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof TomlTable table) {
            return table(table, path, positions, file, escaper);
        }
        if (value instanceof TomlArray array) {
            return array(array, path, positions, file, escaper);
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Temporal temporal) {
            return nodes.pojoNode(temporal);
        }
        throw new IllegalStateException("tomlj returned an unexpected value type: " + value.getClass().getName());
    }
}
