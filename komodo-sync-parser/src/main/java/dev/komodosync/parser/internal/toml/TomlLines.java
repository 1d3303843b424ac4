package dev.komodosync.parser.internal.toml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line-level view of TOML text that knows where multi-line strings are: enough to find the
 * table headers that start each section of a file, and to blank lines out without moving the
 * others. Used to recover more than one syntax error from a file.
 */
final class TomlLines {

    /** A {@code [table]} or {@code [[array]]} header alone on its line, perhaps with a comment. */
    private static final Pattern HEADER = Pattern.compile(
            "\\s*\\[\\[?\\s*[A-Za-z0-9_\\-\"'. ]+\\s*]]?\\s*(#.*)?");

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
            if (!inMultilineString[n] && HEADER.matcher(lines.get(n)).matches()) {
                headers.add(n + 1);
            }
        }
        return headers;
    }

    /** The number of lines. */
    int size() {
        return lines.size();
    }

    /**
     * The text with every line outside {@code [first, last]} (1-based, inclusive) and every line
     * in {@code blanked} replaced by nothing, so that line numbers stay where they were.
     */
    String keepOnly(int first, int last, List<Integer> blanked) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= lines.size(); n++) {
            if (n >= first && n <= last && !blanked.contains(n)) {
                text.append(lines.get(n - 1));
            }
            if (n < lines.size()) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
