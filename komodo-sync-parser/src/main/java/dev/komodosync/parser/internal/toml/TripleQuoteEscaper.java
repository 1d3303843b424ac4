package dev.komodosync.parser.internal.toml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Komodo's pre-parse rule for {@code """} strings (behaviour §1.5): the text is split at every
 * {@code """}, and in every second piece (between an opening and a closing {@code """}) each
 * backslash is doubled, so that backslashes in multi-line basic strings are literal. The split is
 * naive, as Komodo's is: a {@code """} in a comment or a {@code '''} string toggles too.
 *
 * <p>Doubling backslashes shifts columns, not lines; {@link #originalColumn} maps a position in
 * the escaped text back to the file, so diagnostics point at what the user wrote.
 */
final class TripleQuoteEscaper {

    private static final String TRIPLE = "\"\"\"";

    private final String escaped;
    /** Per 1-based line of the escaped text, the 1-based escaped columns of inserted backslashes. */
    private final Map<Integer, List<Integer>> insertions;

    private TripleQuoteEscaper(String escaped, Map<Integer, List<Integer>> insertions) {
        this.escaped = escaped;
        this.insertions = insertions;
    }

    static TripleQuoteEscaper escape(String text) {
        return escape(text, new TomlWork());
    }

    /** As {@link #escape(String)}, counting its steps in {@code work}. */
    static TripleQuoteEscaper escape(String text, TomlWork work) {
        work.add(text.length());
        int next = text.indexOf(TRIPLE);
        if (next < 0) {
            return new TripleQuoteEscaper(text, Map.of());
        }
        work.add(text.length());
        // Made at the first backslash to double: until then the escaped text is the text itself,
        // and a file whose multi-line strings hold no backslash (most do not) is not copied.
        StringBuilder out = null;
        Map<Integer, List<Integer>> insertions = new HashMap<>();
        // Where the escaped text's lines start, counted only as far as a backslash needs them.
        int line = 1;
        int counted = 0;
        int lineStart = 0;
        // the code points of the line up to columnIndex, counted on from one backslash to the next
        int columnIndex = 0;
        int columnCodePoints = 0;
        int insertedOnLine = 0;
        int from = 0;
        boolean inside = false;
        while (true) {
            int end = next < 0 ? text.length() : next;
            if (inside) {
                for (int slash = backslash(text, from, end); slash >= 0; slash = backslash(text, from, end)) {
                    for (; counted < slash; counted++) {
                        if (text.charAt(counted) == '\n') {
                            line++;
                            lineStart = counted + 1;
                            columnIndex = lineStart;
                            columnCodePoints = 0;
                            insertedOnLine = 0;
                        }
                    }
                    work.add(slash - columnIndex);
                    columnCodePoints += text.codePointCount(columnIndex, slash);
                    columnIndex = slash;
                    int column = columnCodePoints + insertedOnLine + 1;
                    if (out == null) {
                        out = new StringBuilder(text.length() + 16);
                        out.append(text, 0, from);
                    }
                    out.append(text, from, slash + 1).append('\\');
                    List<Integer> onLine = insertions.get(line);
                    if (onLine == null) {
                        onLine = new ArrayList<>();
                        insertions.put(line, onLine);
                    }
                    onLine.add(column + 1);
                    insertedOnLine++;
                    from = slash + 1;
                }
            }
            if (out != null) {
                out.append(text, from, end);
            }
            if (next < 0) {
                break;
            }
            if (out != null) {
                out.append(TRIPLE);
            }
            inside = !inside;
            from = next + TRIPLE.length();
            next = text.indexOf(TRIPLE, from);
        }
        return new TripleQuoteEscaper(out == null ? text : out.toString(), insertions);
    }

    /** The first backslash in {@code text[from, end)}, or -1: looks no further than {@code end}. */
    private static int backslash(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '\\') {
                return i;
            }
        }
        return -1;
    }

    /** The text to hand to the TOML parser. */
    String escaped() {
        return escaped;
    }

    /** The column in the file of 1-based column {@code column} of line {@code line} of the escaped text. */
    int originalColumn(int line, int column) {
        return originalColumn(line, column, new TomlWork());
    }

    /**
     * As {@link #originalColumn(int, int)}, counting its steps: a binary search of the line's
     * insertions, so that a line of a million backslashes and as many values is not quadratic.
     */
    int originalColumn(int line, int column, TomlWork work) {
        List<Integer> inserted = insertions.get(line);
        if (inserted == null) {
            return column;
        }
        // The insertions before the column and at it (a position on an inserted backslash is the
        // backslash it doubles): the first index whose position is beyond the column.
        int low = 0;
        int high = inserted.size();
        while (low < high) {
            work.add(1);
            int middle = (low + high) >>> 1;
            if (inserted.get(middle) <= column) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return Math.max(1, column - low);
    }
}
