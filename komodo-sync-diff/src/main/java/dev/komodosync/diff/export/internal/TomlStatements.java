package dev.komodosync.diff.export.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a TOML text — table headers and {@code key = value} lines — with their
 * exact character ranges, so that a write-back can change one value, remove a statement or insert
 * one without touching anything else (comments, blank lines, other statements). Values are not
 * interpreted, only delimited; strings follow Komodo's {@code """} rule (no escapes inside).
 * Text that is not TOML ends the scan early; callers verify their result by reading it back.
 */
final class TomlStatements {

    /** A header ({@code [a.b]} or {@code [[a.b]]}) or a key/value statement. */
    record Statement(
            boolean header,
            boolean arrayOfTables,
            List<String> table,
            List<String> key,
            int start,
            int end,
            int valueStart,
            int valueEnd,
            int line) {

        /** The full path: the table's, then the key's. */
        List<String> path() {
            List<String> path = new ArrayList<>(table);
            path.addAll(key);
            return path;
        }
    }

    private final String text;
    private int at;
    private int line = 1;

    private TomlStatements(String text) {
        this.text = text;
    }

    /** Every statement of {@code text}, in order. */
    static List<Statement> scan(String text) {
        return new TomlStatements(text).statements();
    }

    private List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        List<String> table = List.of();
        while (true) {
            skipBlankAndComments();
            if (at >= text.length()) {
                return statements;
            }
            int start = at;
            int startLine = line;
            if (text.charAt(at) == '[') {
                boolean array = text.startsWith("[[", at);
                at += array ? 2 : 1;
                List<String> path = key();
                if (path.isEmpty()) {
                    return statements;
                }
                skipSpaces();
                if (!text.startsWith(array ? "]]" : "]", at)) {
                    return statements;
                }
                at += array ? 2 : 1;
                table = path;
                statements.add(new Statement(true, array, path, List.of(), start, at, at, at, startLine));
            } else {
                List<String> key = key();
                skipSpaces();
                if (key.isEmpty() || at >= text.length() || text.charAt(at) != '=') {
                    return statements;
                }
                at++;
                skipSpaces();
                int valueStart = at;
                if (!value(false)) {
                    return statements;
                }
                statements.add(new Statement(false, false, table, key, start, at, valueStart, at, startLine));
            }
            skipToLineEnd();
        }
    }

    private void skipBlankAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '#') {
                skipToLineEnd();
            } else if (c == '\n') {
                line++;
                at++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF') {
                at++;
            } else {
                return;
            }
        }
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    /** Past a trailing comment to the end of the line (not past its newline). */
    private void skipToLineEnd() {
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
    }

    /** A dotted key of bare and quoted parts; empty when there is none. */
    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (at >= text.length()) {
                return List.of();
            }
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                int end = singleLineString(c);
                if (end < 0) {
                    return List.of();
                }
                parts.add(unquote(text.substring(at, end)));
                at = end;
            } else {
                int start = at;
                while (at < text.length() && isBare(text.charAt(at))) {
                    at++;
                }
                if (start == at) {
                    return List.of();
                }
                parts.add(text.substring(start, at));
            }
            skipSpaces();
            if (at < text.length() && text.charAt(at) == '.') {
                at++;
                continue;
            }
            return parts;
        }
    }

    private static boolean isBare(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        return quoted.charAt(0) == '\'' ? body : body.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The end (exclusive) of a one-line string starting at {@code at}, or -1. */
    private int singleLineString(char quote) {
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** Moves past one value; inside a container, stops before {@code ,}, {@code ]} or {@code }}. */
    private boolean value(boolean nested) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (text.startsWith("\"\"\"", at) || text.startsWith("'''", at)) {
            String delimiter = text.substring(at, at + 3);
            int close = text.indexOf(delimiter, at + 3);
            if (close < 0) {
                return false;
            }
            int end = close + 3;
            while (end < text.length() && text.charAt(end) == delimiter.charAt(0) && end - close < 5) {
                end++;
            }
            countLines(at, end);
            at = end;
            return true;
        }
        if (c == '"' || c == '\'') {
            int end = singleLineString(c);
            if (end < 0) {
                return false;
            }
            at = end;
            return true;
        }
        if (c == '[' || c == '{') {
            char close = c == '[' ? ']' : '}';
            at++;
            while (true) {
                skipBlankAndComments();
                if (at >= text.length()) {
                    return false;
                }
                if (text.charAt(at) == close) {
                    at++;
                    return true;
                }
                if (text.charAt(at) == ',') {
                    at++;
                    continue;
                }
                if (c == '{') {
                    if (key().isEmpty()) {
                        return false;
                    }
                    skipSpaces();
                    if (at >= text.length() || text.charAt(at) != '=') {
                        return false;
                    }
                    at++;
                    skipSpaces();
                }
                if (!value(true)) {
                    return false;
                }
            }
        }
        int start = at;
        while (at < text.length()) {
            char d = text.charAt(at);
            if (d == '\n' || d == '#' || (nested && (d == ',' || d == ']' || d == '}'))) {
                break;
            }
            at++;
        }
        while (at > start && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t' || text.charAt(at - 1) == '\r')) {
            at--;
        }
        return at > start;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }
}
