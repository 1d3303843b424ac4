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
import java.util.regex.Pattern;
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
        return read(file, escaper, new TomlWork());
    }

    /** As {@link #read(String, TripleQuoteEscaper)}, counting in {@code work} every character handed to tomlj. */
    ParsedDocument read(String file, TripleQuoteEscaper escaper, TomlWork work) {
        try {
            return readChecked(file, escaper, work);
        } catch (StackOverflowError tooDeep) {
            // Thousands of nested brackets exhaust the stack of the recursive-descent parser.
            Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.TOML_SYNTAX, "the file nests arrays or tables too deeply to read")
                    .at(NestingDepth.firstBeyond(file, escaper.escaped(), 64))
                    .withHint("no Komodo config nests more than a few levels; look for unclosed or repeated brackets here");
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), List.of(diagnostic));
        }
    }

    /** A syntax error at a line and column of the file, in tomlj's words. */
    private record SyntaxError(int line, int column, String message) {}

    private ParsedDocument readChecked(String file, TripleQuoteEscaper escaper, TomlWork work) {
        TomlParseResult result;
        List<SyntaxError> wholeFileErrors;
        try {
            work.add(escaper.escaped().length());
            result = Toml.parse(escaper.escaped(), TomlVersion.LATEST);
            wholeFileErrors = new ArrayList<>();
            for (TomlParseError error : result.errors()) {
                wholeFileErrors.add(shifted(error, 0));
            }
        } catch (TomlParseError thrown) {
            // tomlj throws for some inputs (an invalid escape in a quoted key) instead of listing them.
            result = null;
            wholeFileErrors = List.of(shifted(thrown, 0));
        }
        if (!wholeFileErrors.isEmpty()) {
            List<SyntaxError> errors = recoverErrors(escaper.escaped(), wholeFileErrors, work);
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (SyntaxError error : errors) {
                diagnostics.add(syntaxError(file, error, escaper));
            }
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), diagnostics);
        }
        Map<RawPath, SourceLocation> positions = new HashMap<>();
        ObjectNode root = table(result, RawPath.root(), positions, file, escaper);
        return new ParsedDocument(file, root, positions, List.of());
    }

    /**
     * The errors of the whole file up to the end of the first bad section, then each later section
     * read alone: tomlj is handed each section a bounded number of times, so the work is linear in
     * the file however many sections it has.
     */
    private static List<SyntaxError> recoverErrors(String text, List<SyntaxError> wholeFile, TomlWork work) {
        work.add(2L * text.length());
        TomlLines lines = TomlLines.of(text);
        List<Integer> headers = lines.headerLines();
        List<SyntaxError> sorted = wholeFile.stream().sorted(POSITION).toList();
        int firstLine = sorted.get(0).line();
        int firstSectionEnd = sectionEnd(headers, firstLine, lines.size());
        Map<String, SyntaxError> found = new LinkedHashMap<>();
        sorted.stream().filter(e -> e.line() <= firstSectionEnd).forEach(e -> found.putIfAbsent(key(e), e));
        if (found.size() == 1) {
            retryWithoutBadLines(lines, sectionStart(headers, firstLine), firstSectionEnd, firstLine, found, work);
        }
        for (int i = 0; i < headers.size(); i++) {
            int header = headers.get(i);
            if (header <= firstSectionEnd) {
                continue;
            }
            // the headers are in order: a section ends where the next starts
            int end = i + 1 < headers.size() ? headers.get(i + 1) - 1 : lines.size();
            List<SyntaxError> sectionErrors = errorsOf(lines, header, end, List.of(), work);
            sectionErrors.forEach(e -> found.putIfAbsent(key(e), e));
            if (sectionErrors.size() == 1) {
                retryWithoutBadLines(lines, header, end, sectionErrors.get(0).line(), found, work);
            }
        }
        return found.values().stream().sorted(POSITION).toList();
    }

    /** tomlj stopped at the single error it reported, on line {@code bad}: blank that line and look further. */
    private static void retryWithoutBadLines(TomlLines lines, int first, int last, int bad, Map<String, SyntaxError> found,
            TomlWork work) {
        List<Integer> blanked = new ArrayList<>();
        int lastBad = bad;
        for (int attempt = 0; attempt < MAX_RETRIES_PER_SECTION && lastBad <= last; attempt++) {
            blanked.add(lastBad);
            int after = lastBad;
            List<SyntaxError> next = errorsOf(lines, first, last, blanked, work).stream()
                    .filter(e -> e.line() > after).toList();
            if (next.isEmpty()) {
                return;
            }
            found.putIfAbsent(key(next.get(0)), next.get(0));
            lastBad = next.get(0).line();
        }
    }

    /** The errors of lines {@code [first, last]} read alone (those in {@code blanked} left out), at their lines in the file. */
    private static List<SyntaxError> errorsOf(TomlLines lines, int first, int last, List<Integer> blanked, TomlWork work) {
        String section = lines.keepOnly(first, last, blanked);
        work.add(2L * section.length());
        List<TomlParseError> errors;
        try {
            errors = Toml.parse(section, TomlVersion.LATEST).errors();
        } catch (TomlParseError thrown) {
            errors = List.of(thrown);
        }
        // The end of the section is where the file ends, as if every later line were blank.
        return errors.stream().map(e -> shifted(e, first - 1))
                .map(e -> e.line() > last ? new SyntaxError(lines.size(), 1, e.message()) : e)
                .sorted(POSITION).toList();
    }

    /** Compiled on first use, in a holder: only a file with syntax errors needs it, not every start. */
    private static final class AtLine {
        static final Pattern PATTERN = Pattern.compile("\\bline (\\d+)");
    }

    /** {@code error} of a text whose line 1 is line {@code offset + 1} of the file; the lines its message names move too. */
    private static SyntaxError shifted(TomlParseError error, int offset) {
        String message = error.getMessage();
        if (offset > 0 && message != null && message.contains("line ")) {
            message = AtLine.PATTERN.matcher(message).replaceAll(m -> "line " + (Integer.parseInt(m.group(1)) + offset));
        }
        return new SyntaxError(error.position().line() + offset, error.position().column(),
                message == null ? "not valid TOML" : message);
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

    private static final Comparator<SyntaxError> POSITION = new Position();

    /** By line, then column; a named class, as comparator combinators link call sites at start (docs/architecture.md). */
    private static final class Position implements Comparator<SyntaxError> {
        @Override
        public int compare(SyntaxError a, SyntaxError b) {
            int byLine = Integer.compare(a.line(), b.line());
            return byLine != 0 ? byLine : Integer.compare(a.column(), b.column());
        }
    }

    private static String key(SyntaxError error) {
        return error.line() + ":" + error.column();
    }

    private static Diagnostic syntaxError(String file, SyntaxError error, TripleQuoteEscaper escaper) {
        String message = error.message();
        Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.TOML_SYNTAX, message)
                .at(new SourceLocation(file, error.line(), escaper.originalColumn(error.line(), error.column())));
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
