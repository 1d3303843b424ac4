package dev.komodosync.parser.internal.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-level view of TOML text that knows where multi-line strings are: enough to find the
 * table headers that start each section of a file, and to blank lines out without moving the
 * others. Used to recover more than one syntax error from a file.
 */
final class TomlLines {

    private final List<String> lines;
    private final boolean[] inMultilineString;

    private TomlLines(List<String> lines, boolean[] inMultilineString) {
        this.lines = lines;
        this.inMultilineString = inMultilineString;
    }

    static TomlLines of(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        boolean[] inside = new boolean[lines.size()];
        String open = null;
        for (int n = 0; n < lines.size(); n++) {
            inside[n] = open != null;
            open = scan(lines.get(n), open);
        }
        return new TomlLines(lines, inside);
    }

    /** Follows strings and comments through one line; returns the multi-line delimiter still open at its end. */
    private static String scan(String line, String open) {
        int i = 0;
        while (i < line.length()) {
            if (open != null) {
                int close = line.indexOf(open, i);
                if (close < 0) {
                    return open;
                }
                i = close + 3;
                open = null;
                continue;
            }
            char c = line.charAt(i);
            if (c == '#') {
                return null;
            }
            if (line.startsWith("\"\"\"", i) || line.startsWith("'''", i)) {
                open = line.substring(i, i + 3);
                i += 3;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = endOfString(line, i, c);
                continue;
            }
            i++;
        }
        return open;
    }

    private static int endOfString(String line, int start, char quote) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return line.length();
    }

    /** The 1-based lines that hold a table header, outside multi-line strings. */
    List<Integer> headerLines() {
        List<Integer> headers = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!inMultilineString[n] && isHeader(lines.get(n))) {
                headers.add(n + 1);
            }
        }
        return headers;
    }

    /**
     * Whether {@code line} is a {@code [table]} or {@code [[array]]} header alone on its line,
     * perhaps with a comment: blanks, one or two {@code [}, a name of letters, digits, {@code _-"'.}
     * and blanks, one or two {@code ]}, blanks, a comment. Read in one pass: the regular
     * expression this was took cubic time on a {@code [} followed by many blanks.
     */
    static boolean isHeader(String line) {
        int n = line.length();
        int i = skipBlanks(line, 0);
        if (i >= n || line.charAt(i) != '[') {
            return false;
        }
        i++;
        if (i < n && line.charAt(i) == '[') {
            i++;
        }
        boolean named = false;
        for (; i < n && line.charAt(i) != ']'; i++) {
            char c = line.charAt(i);
            if (isNameChar(c)) {
                named = true;
            } else if (!isBlank(c)) {
                return false;
            }
        }
        if (i >= n || !named) {
            return false;
        }
        i++;
        if (i < n && line.charAt(i) == ']') {
            i++;
        }
        i = skipBlanks(line, i);
        if (i >= n) {
            return true;
        }
        if (line.charAt(i) != '#') {
            return false;
        }
        for (i++; i < n; i++) {
            char c = line.charAt(i);
            // what `.` of a regular expression does not match
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-' || c == '"' || c == '\'' || c == '.' || c == ' ';
    }

    /** What {@code \\s} matches. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The number of lines. */
    int size() {
        return lines.size();
    }

    /**
     * Lines {@code [first, last]} (1-based, inclusive) alone, each line in {@code blanked} replaced
     * by nothing: line {@code first} of the file is line 1 of the text. Only the section, never the
     * whole file with the rest blanked: that made reading a file of many sections quadratic.
     */
    String keepOnly(int first, int last, List<Integer> blanked) {
        StringBuilder text = new StringBuilder();
        for (int n = first; n <= last; n++) {
            if (!blanked.contains(n)) {
                text.append(lines.get(n - 1));
            }
            if (n < lines.size()) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
