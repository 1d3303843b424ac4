package dev.komodosync.parser.internal.text;

import static java.util.Objects.requireNonNull;

import dev.komodosync.parser.internal.RustText;
import java.util.ArrayList;
import java.util.List;

/**
 * Komodo's key/value list format (behaviour §10.1), used by environments, labels, ports,
 * volumes, build args and key/value action arguments:
 *
 * <pre>{@code
 * # Supports comments
 * KEY_1 = value_1 # end of line comments
 * KEY_2="value_2"          -> KEY_2 / "value_2" (quotes kept)
 * 'KEY_3 = value_3'        -> KEY_3 / value_3   (quotes around the whole line removed)
 * - KEY_4: 'value_4'       -> KEY_4 / 'value_4' (YAML list style)
 * }</pre>
 *
 * <p>Every quirk of Komodo's parser is kept, so that what this parser accepts Komodo accepts,
 * with the same result:
 * <ul>
 *   <li>lines are trimmed; blank lines and lines starting with {@code #} or {@code //} are
 *       skipped;
 *   <li>{@code " #"} (space, hash) starts a comment anywhere, even inside a quoted value:
 *       {@code PASS="a #b"} gives the value {@code "a};
 *   <li>all leading {@code -} are removed: {@code --X=1} gives the key {@code X};
 *   <li>the first {@code =} or {@code :}, whichever comes first, separates key and value:
 *       {@code a:b=c} gives {@code a} / {@code b=c};
 *   <li>quotes are removed only when one opens the key and one closes the value;
 *   <li>duplicate keys are all kept.
 * </ul>
 * Whitespace means Unicode White_Space, as in Rust.
 */
public final class KeyValueListParser {

    private KeyValueListParser() {
    }

    /**
     * Parses {@code text}; never throws for any text.
     *
     * <p>Example: {@code parse("\nA=1\nB")} gives the entry {@code A}/{@code 1} at line 1 and the
     * problem {@code line 1 missing assignment character ('=' or ':')} at line 2.
     *
     * @param text the whole list, as written in the TOML string
     * @return the entries and problems in written order
     */
    public static KeyValueList parse(String text) {
        String trimmed = RustText.trim(text);
        if (trimmed.isEmpty()) {
            return new KeyValueList(List.of(), List.of());
        }
        // Komodo numbers lines in the trimmed text (§10.1 step 5); callers want the real line.
        int firstLine = countNewlines(text, RustText.leadingWhitespace(text, text.length()));
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> lines = RustText.split(trimmed, "\n");
        for (int komodoLine = 0; komodoLine < lines.size(); komodoLine++) {
            String line = RustText.trim(lines.get(komodoLine));
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            int originalLine = firstLine + komodoLine;
            String assignment = RustText.trim(stripLeadingDashes(RustText.trim(RustText.beforeComment(line))));
            int separator = indexOfSeparator(assignment);
            if (separator < 0) {
                problems.add(new Problem(
                        "line " + komodoLine + " missing assignment character ('=' or ':')", originalLine));
                continue;
            }
            entries.add(entry(assignment.substring(0, separator), assignment.substring(separator + 1), originalLine));
        }
        return new KeyValueList(entries, problems);
    }

    /**
     * The problems {@link #parse} finds in {@code text}, without making its entries: a text whose
     * every line is blank, a comment, or plainly holds {@code =} or {@code :} before any {@code #}
     * has none, and is not parsed at all. Never throws for any text.
     *
     * @param text the whole list, as written in the TOML string
     * @return the lines that are not entries, in written order
     */
    public static List<Problem> problems(String text) {
        requireNonNull(text, "text");
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!plainlyFine(text, lineStart, lineEnd)) {
                return parse(text).problems();
            }
            lineStart = lineEnd + 1;
        }
        return List.of();
    }

    /**
     * Whether {@code text[from, to)} is blank, a comment ({@code #} or {@code //} after blanks), or
     * holds {@code =} or {@code :} before any {@code #}.
     */
    private static boolean plainlyFine(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        if (i == to || text.charAt(i) == '#' || (text.charAt(i) == '/' && i + 1 < to && text.charAt(i + 1) == '/')) {
            return true;
        }
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                return true;
            }
            if (c == '#') {
                return false;
            }
        }
        return false;
    }

    private static Entry entry(String rawKey, String rawValue, int line) {
        String key = RustText.trim(rawKey);
        String value = RustText.trim(rawValue);
        // One quote opening the key and one closing the value wrap the whole line (§10.1 step 6);
        // the two need not be the same kind of quote.
        if (startsWithQuote(key) && !endsWithQuote(key) && endsWithQuote(value)) {
            key = RustText.trim(key.substring(1));
            value = RustText.trim(value.substring(0, value.length() - 1));
        }
        return new Entry(key, value, line);
    }

    private static int countNewlines(String text, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String stripLeadingDashes(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == '-') {
            start++;
        }
        return line.substring(start);
    }

    private static int indexOfSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && isQuote(text.charAt(0));
    }

    private static boolean endsWithQuote(String text) {
        return !text.isEmpty() && isQuote(text.charAt(text.length() - 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * The result of {@link KeyValueListParser#parse}: the entries in written order and the lines
     * that are not entries.
     *
     * <p>Komodo rejects a whole list at its first problem ("Invalid environment: line 2 missing
     * assignment character ('=' or ':')"), so a caller that wants Komodo's verdict treats any
     * problem as a failure; the entries that did parse are kept to allow further checks.
     *
     * @param entries every {@code key = value} line, duplicates included, in written order
     * @param problems every line Komodo would reject, in written order
     */
    public record KeyValueList(List<Entry> entries, List<Problem> problems) {

        /** Copies the lists. */
        public KeyValueList {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        /** Whether Komodo accepts the text: there are no problems. */
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * One {@code key = value} line.
     *
     * @param key the key, trimmed, wrapping quote removed
     * @param value the value, trimmed, comment cut, wrapping quote removed
     * @param line the 0-based index of the line in the text given to the parser (lines end at
     *     {@code \n}), for pointing into the file that holds the text
     */
    public record Entry(String key, String value, int line) {

        /** Checks the arguments. */
        public Entry {
            requireNonNull(key, "key");
            requireNonNull(value, "value");
        }
    }

    /**
     * A line that is neither blank, a comment, nor an assignment.
     *
     * @param message Komodo's message for it, which numbers lines from the first non-blank
     *     character of the text: {@code line 0 missing assignment character ('=' or ':')}
     * @param line the 0-based index of the line in the text given to the parser, which differs
     *     from the number in {@code message} when the text starts with blank lines
     */
    public record Problem(String message, int line) {

        /** Checks the arguments. */
        public Problem {
            requireNonNull(message, "message");
        }
    }
}
