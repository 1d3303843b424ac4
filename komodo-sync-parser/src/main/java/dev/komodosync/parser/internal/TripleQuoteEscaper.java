package dev.komodosync.parser.internal;

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
        StringBuilder out = new StringBuilder(text.length() + 16);
        Map<Integer, List<Integer>> insertions = new HashMap<>();
        boolean inside = false;
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(TRIPLE, i)) {
                out.append(TRIPLE);
                inside = !inside;
                i += 3;
                column += 3;
                continue;
            }
            int codePoint = text.codePointAt(i);
            out.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (inside && codePoint == '\\') {
                out.append('\\');
                insertions.computeIfAbsent(line, l -> new ArrayList<>()).add(column + 1);
                column += 2;
                continue;
            }
            column++;
        }
        return new TripleQuoteEscaper(out.toString(), insertions);
    }

    /** The text to hand to the TOML parser. */
    String escaped() {
        return escaped;
    }

    /** The column in the file of 1-based column {@code column} of line {@code line} of the escaped text. */
    int originalColumn(int line, int column) {
        List<Integer> inserted = insertions.get(line);
        if (inserted == null) {
            return column;
        }
        int before = 0;
        for (int position : inserted) {
            if (position < column) {
                before++;
            } else if (position == column) {
                // A position on an inserted backslash is the backslash it doubles.
                before++;
            }
        }
        return Math.max(1, column - before);
    }
}
