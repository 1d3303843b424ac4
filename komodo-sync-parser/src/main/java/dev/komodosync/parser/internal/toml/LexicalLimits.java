package dev.komodosync.parser.internal.toml;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.DocumentLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The limits of a load checked on the text, in one pass, before tomlj builds anything: for the
 * files the one-pass reader leaves to tomlj (syntax errors, rare constructs), whose tree would
 * otherwise be built whole before the limits are looked at. It finds what is surely over a limit —
 * brackets and braces nested deeper than the limit, a string (its characters after escapes) or a
 * bare key longer than the limit, an array of more elements — and reports the first at the place
 * it starts. What it cannot see (depth made by dotted keys and headers) is checked on the tree.
 */
final class LexicalLimits {

    /** An open {@code [} or {@code {}: how many elements an array has had, whether one is expected next. */
    private static final class Frame {
        final boolean array;
        final int start;
        int elements;
        boolean expectingElement = true;

        Frame(boolean array, int start) {
            this.array = array;
            this.start = start;
        }
    }

    private final String file;
    private final String text;
    private final TripleQuoteEscaper escaper;
    private final DocumentLimits.Limits limits;
    private final TomlWork work;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int line = 1;
    private int lineStart;
    private boolean header;

    private LexicalLimits(String file, TripleQuoteEscaper escaper, DocumentLimits.Limits limits, TomlWork work) {
        this.file = file;
        this.text = escaper.escaped();
        this.escaper = escaper;
        this.limits = limits;
        this.work = work;
    }

    /** The first thing in {@code escaper}'s text surely over {@code limits}, as a located {@code KS110}. */
    static Optional<Diagnostic> check(String file, TripleQuoteEscaper escaper, DocumentLimits.Limits limits,
            TomlWork work) {
        return new LexicalLimits(file, escaper, limits, work).scan();
    }

    private Optional<Diagnostic> scan() {
        int n = text.length();
        work.add(n);
        boolean lineBlankSoFar = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                lineBlankSoFar = true;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            boolean firstOnLine = lineBlankSoFar;
            lineBlankSoFar = false;
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ',') {
                if (!frames.isEmpty()) {
                    frames.peek().expectingElement = true;
                }
                i++;
            } else if (c == ']' || c == '}') {
                if (header) {
                    header = false;
                    i += i + 1 < n && text.charAt(i + 1) == ']' ? 1 : 0;
                } else if (!frames.isEmpty()) {
                    frames.pop();
                }
                i++;
            } else if (c == '[' && firstOnLine && frames.isEmpty()) {
                // a table header: its brackets nest nothing
                header = true;
                i += i + 1 < n && text.charAt(i + 1) == '[' ? 2 : 1;
            } else {
                Optional<Diagnostic> over = element(i);
                if (over.isEmpty()) {
                    over = c == '[' || c == '{' ? open(i, c) : c == '"' || c == '\'' ? string(i, c) : bare(i);
                }
                if (over.isPresent()) {
                    return over;
                }
                i = next;
            }
        }
        return Optional.empty();
    }

    /** Where the token just read ends. */
    private int next;

    private Optional<Diagnostic> open(int at, char c) {
        frames.push(new Frame(c == '[', at));
        next = at + 1;
        if (frames.size() > limits.maxDepth()) {
            return exceeded(at, "nesting deeper than " + limits.maxDepth() + " levels", "--max-depth");
        }
        return Optional.empty();
    }

    /** A string of either kind, one line or several: its length after escapes, at least (an escape counts one). */
    private Optional<Diagnostic> string(int start, char quote) {
        int n = text.length();
        String delimiter = quote == '"' ? "\"\"\"" : "'''";
        boolean multiline = text.startsWith(delimiter, start);
        long length = 0;
        int i = start + (multiline ? 3 : 1);
        while (i < n) {
            char d = text.charAt(i);
            if (multiline ? d == quote && text.startsWith(delimiter, i) : d == quote || d == '\n') {
                i += d == '\n' ? 0 : multiline ? 3 : 1;
                break;
            }
            if (d == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += quote == '"' && d == '\\' ? 2 : 1;
            length++;
        }
        next = Math.min(i, n);
        if (length > limits.maxStringLength()) {
            return exceeded(start, (isKey(next) ? "a key" : "a string") + " of more than " + limits.maxStringLength()
                    + " characters", "--max-string-length");
        }
        return Optional.empty();
    }

    /** A bare key, number, date or boolean; only a key has a limit of length. */
    private Optional<Diagnostic> bare(int start) {
        int i = start;
        while (i < text.length() && isBareChar(text.charAt(i))) {
            i++;
        }
        next = i == start ? i + 1 : i;
        if (i - start > limits.maxStringLength() && isKey(i) && !isDigits(start, i)) {
            return exceeded(start, "a key of " + (i - start) + " characters, longer than "
                    + limits.maxStringLength(), "--max-string-length");
        }
        return Optional.empty();
    }

    /** A value starting at {@code at}: one more element of the array it is in, perhaps one too many. */
    private Optional<Diagnostic> element(int at) {
        Frame frame = frames.peek();
        if (frame == null || !frame.array || !frame.expectingElement) {
            return Optional.empty();
        }
        frame.expectingElement = false;
        if (++frame.elements > limits.maxArrayLength()) {
            return exceeded(frame.start, "an array of more than " + limits.maxArrayLength() + " elements",
                    "--max-array-length");
        }
        return Optional.empty();
    }

    /** Whether what ends at {@code end} is a key: followed, past blanks, by {@code =} or {@code .} (or {@code ]} in a header). */
    private boolean isKey(int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        work.add(i - end);
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '.' || (header && c == ']');
    }

    private boolean isDigits(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '_' && c != '+' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBareChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '+' || c == ':';
    }

    private Optional<Diagnostic> exceeded(int at, String what, String flag) {
        // The line holding `at` (a multi-line string may have moved `line` on): counted once, here.
        int atLine = line;
        int atLineStart = lineStart;
        while (atLineStart > at) {
            atLineStart = text.lastIndexOf('\n', atLineStart - 2) + 1;
            atLine--;
        }
        work.add(lineStart - atLineStart + at - atLineStart);
        int column = text.codePointCount(atLineStart, at) + 1;
        SourceLocation where = new SourceLocation(file, atLine, escaper.originalColumn(atLine, column, work));
        return Optional.of(DocumentLimits.exceeded(where, what, flag));
    }
}
