package dev.komodosync.diff.render.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Masks the secrets of a file's lines from the text alone, so that a file too broken to be read
 * (a syntax error, a wrong type, a misspelt key) still never has a secret echoed: the value of
 * every key that is a secret field somewhere in the model, wherever it is written (a table, an
 * inline table, a snapshot's JSON object); every value but {@code name}, {@code description} and
 * {@code is_secret} of a variable that may be secret (a misspelt {@code vaule} too), and the lines
 * of such values' multi-line strings. Errs on the side of masking: it never parses, it scans. Not API.
 */
public final class SecretLines {

    /** What a masked value is shown as. */
    public static final String MASK = "***";

    /** A table header's start; {@link #opensTable} runs it only where it must. */
    static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]*?)\\s*]]?.*$");
    private static final Pattern VARIABLE_HEADER = Pattern.compile("^\\s*\\[\\[?\\s*[\"']?variables?[\"']?\\s*]]?.*$");
    private static final Pattern NOT_SECRET = Pattern.compile("is_secret\\s*=\\s*false\\b");
    private static final Set<String> VARIABLE_PUBLIC_KEYS = Set.of("name", "description", "is_secret");
    private static final String[] MULTILINE_DELIMITERS = {"\"\"\"", "'''"};

    private final TextLines lines;
    private final Set<String> secretKeys;
    private final boolean json;
    /** Per line: 0 plain, 1 in a secret variable's block, 2 inside a multi-line secret, 3 inside another multi-line string. */
    private final byte[] state;

    private SecretLines(TextLines lines, Set<String> secretKeys, boolean json) {
        this.lines = lines;
        this.secretKeys = secretKeys;
        this.json = json;
        this.state = json ? new byte[lines.size()] : scan(lines, secretKeys);
    }

    /** TOML lines (none holding a line ending): table context and multi-line strings are followed. */
    public static SecretLines toml(List<String> lines, Set<String> secretKeys) {
        return new SecretLines(TextLines.of(lines), secretKeys, false);
    }

    /** A TOML file's text, cut into lines as {@link String#lines()} cuts it; as {@link #toml(List, Set)}. */
    public static SecretLines toml(String text, Set<String> secretKeys) {
        return new SecretLines(TextLines.of(text), secretKeys, false);
    }

    /** JSON lines (none holding a line ending): keys are followed by {@code :}, and a variable's {@code value} is always masked. */
    public static SecretLines json(List<String> lines, Set<String> secretKeys) {
        return new SecretLines(TextLines.of(lines), secretKeys, true);
    }

    /** A JSON file's text, cut into lines as {@link String#lines()} cuts it; as {@link #json(List, Set)}. */
    public static SecretLines json(String text, Set<String> secretKeys) {
        return new SecretLines(TextLines.of(text), secretKeys, true);
    }

    /** How many lines there are. */
    public int size() {
        return lines.size();
    }

    /** Line {@code index} (0-based) as it is, unmasked: for locating columns only. */
    public String lineAt(int index) {
        return lines.line(index);
    }

    /** What the scan found of line {@code index}: 0 plain, 1 in a secret variable's block, 2 and 3 inside a multi-line string, secret or not. */
    byte kind(int index) {
        return state[index];
    }

    /**
     * Line {@code index} (0-based) masked; {@code offset} is a char offset into the original line,
     * whose place in the masked line is returned in {@code mapped[0]}.
     */
    public String line(int index, int offset, int[] mapped) {
        String line = lines.line(index);
        byte kind = state[index];
        if (kind == 2) {
            mapped[0] = 0;
            return MASK;
        }
        if (kind == 3) {
            mapped[0] = offset;
            return line;
        }
        boolean secretVariable = kind == 1 || (!json && marksSecret(line));
        if (secretVariable && !opensTable(line) && !line.contains("=") && !line.strip().startsWith("#")
                && !line.isBlank()) {
            mapped[0] = 0;
            return MASK;
        }
        return mask(line, json ? ':' : '=', new SecretKey(secretVariable, json, secretKeys), offset, mapped);
    }

    /**
     * Whether a key's value is masked: in a secret variable every key but the public ones, else
     * the secret keys (and in JSON a variable's {@code value}). A named class, as a lambda links a
     * call site at start (docs/architecture.md, "Start-up path").
     */
    private static final class SecretKey implements Predicate<String> {
        private final boolean secretVariable;
        private final boolean json;
        private final Set<String> secretKeys;

        SecretKey(boolean secretVariable, boolean json, Set<String> secretKeys) {
            this.secretVariable = secretVariable;
            this.json = json;
            this.secretKeys = secretKeys;
        }

        @Override
        public boolean test(String key) {
            if (secretVariable) {
                return !VARIABLE_PUBLIC_KEYS.contains(key);
            }
            return secretKeys.contains(key) || (json && key.equals("value"));
        }
    }

    /**
     * Per line state, from one pass over the file. A line is made a string only where its content
     * decides more than its first character and the delimiters in it can: a header, a line of a
     * variable's block, a line opening a multi-line string; the delimiters are found in the whole
     * text, each once ({@link Occurrences}).
     */
    private static byte[] scan(TextLines lines, Set<String> secretKeys) {
        String text = lines.text();
        byte[] state = new byte[lines.size()];
        Occurrences[] delimiters = new Occurrences[MULTILINE_DELIMITERS.length];
        for (int d = 0; d < delimiters.length; d++) {
            delimiters[d] = new Occurrences(text, MULTILINE_DELIMITERS[d]);
        }
        Occurrences open = null;
        boolean openSecret = false;
        int blockStart = -1;
        boolean variableBlock = false;
        boolean blockSecret = false;
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            if (open != null) {
                state[i] = (byte) (openSecret ? 2 : 3);
                int at = open.atOrAfter(start);
                if (at >= 0 && at < end) {
                    open = null;
                }
                continue;
            }
            // A header starts with `[` after the spaces the header pattern knows; no other line is one.
            String line = null;
            if (startsWithBracket(text, start, end)) {
                line = lines.line(i);
                if (isHeader(line)) {
                    if (variableBlock && blockSecret) {
                        markBlock(state, blockStart, i);
                    }
                    variableBlock = isVariableHeader(line);
                    blockSecret = false;
                    blockStart = i + 1;
                    continue;
                }
            }
            if (variableBlock) {
                line = line != null ? line : lines.line(i);
                if (marksSecret(line)) {
                    blockSecret = true;
                }
            }
            Occurrences opened = null;
            for (Occurrences delimiter : delimiters) {
                if (delimiter.countIn(start, end) % 2 == 1) {
                    opened = delimiter;
                    break;
                }
            }
            if (opened != null) {
                open = opened;
                line = line != null ? line : lines.line(i);
                int equals = line.indexOf('=');
                String key = equals < 0 ? "" : lastKey(line.substring(0, equals));
                // a variable's block is decided only at its end: its value's lines are masked then too
                openSecret = secretKeys.contains(key) || variableBlock && !VARIABLE_PUBLIC_KEYS.contains(key);
            }
        }
        // The end of the file ends a variable's block as a header does.
        if (variableBlock && blockSecret) {
            markBlock(state, blockStart, lines.size());
        }
        return state;
    }

    private static void markBlock(byte[] state, int from, int to) {
        for (int j = from; j < to; j++) {
            if (state[j] == 0) {
                state[j] = 1;
            }
        }
    }

    /** Whether {@code text[start, end)} starts with {@code [} after the characters {@code \s} matches. */
    private static boolean startsWithBracket(String text, int start, int end) {
        int i = start;
        while (i < end && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '[';
    }

    /**
     * The places of one delimiter in a text, found one after another as a scan moves on: asked
     * with never-decreasing positions, each {@link String#indexOf(String, int)} runs past a stretch
     * of text once.
     */
    private static final class Occurrences {
        private final String text;
        private final String delimiter;
        /** The first occurrence at or after {@link #from}; -1 for none. */
        private int next;
        private int from;

        Occurrences(String text, String delimiter) {
            this.text = text;
            this.delimiter = delimiter;
            this.from = 0;
            this.next = text.indexOf(delimiter);
        }

        /** The first occurrence at or after {@code position}, or -1; positions asked never decrease. */
        int atOrAfter(int position) {
            if (position > from) {
                if (next >= 0 && next < position) {
                    next = text.indexOf(delimiter, position);
                }
                from = position;
            }
            return next;
        }

        /** How many occurrences {@code text[start, end)} holds, each looked for three characters past the last, as a line's own search counts them. */
        int countIn(int start, int end) {
            int count = 0;
            for (int at = atOrAfter(start); at >= 0 && at < end; at = atOrAfter(at + delimiter.length())) {
                count++;
            }
            return count;
        }
    }

    /** Whether {@code line} is a table header: {@code [..]} or {@code [[..]]} with no {@code =} in it. */
    private static boolean isHeader(String line) {
        return opensTable(line) && line.indexOf('=') < 0;
    }

    /**
     * Whether {@code line} starts like a table header: whether {@link #HEADER} matches it, decided
     * by hand for every line whose tail holds no line terminator (the pattern's {@code .*$} then
     * matches whatever follows the first {@code ]}), which is all of a file's lines but rare ones;
     * the pattern itself cost a sync of thousands of diagnostics tens of milliseconds a run.
     */
    static boolean opensTable(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i >= n || line.charAt(i) != '[') {
            return false;
        }
        // [^\]]*? cannot pass a ']': the pattern's ']' is the first one after the '['.
        int close = line.indexOf(']', i + 1);
        if (close < 0) {
            return false;
        }
        for (int j = close + 1; j < n; j++) {
            if (isLineTerminator(line.charAt(j))) {
                return HEADER.matcher(line).matches();
            }
        }
        return true;
    }

    /** The characters {@code .} does not match, and before which {@code $} may match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@code line} is a {@code [[variable]]} (or {@code [variables]}, quoted ...) header. */
    private static boolean isVariableHeader(String line) {
        // The pattern needs the word: most headers are not run through it.
        return line.contains("variable") && VARIABLE_HEADER.matcher(line).matches();
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code line} mentions {@code is_secret} other than as {@code is_secret = false}. */
    private static boolean marksSecret(String line) {
        return line.contains("is_secret") && !NOT_SECRET.matcher(line).find();
    }

    /** The delimiter of a multi-line string this line opens and does not close, or null. */
    private static String opensMultiline(String line) {
        for (String delimiter : MULTILINE_DELIMITERS) {
            int count = 0;
            for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, at + 3)) {
                count++;
            }
            if (count % 2 == 1) {
                return delimiter;
            }
        }
        return null;
    }

    private static String lastKey(String path) {
        String key = path.strip();
        int dot = key.lastIndexOf('.');
        key = key.substring(dot + 1).strip();
        return key.replace("\"", "").replace("'", "");
    }

    /**
     * Copies {@code line}, replacing the value after every {@code key =} (or {@code "key":}) whose
     * key is secret by {@code ***}; strings are copied whole, so text inside them is not taken for
     * a key.
     */
    static String mask(String line, char separator, Predicate<String> secret, int offset, int[] mapped) {
        StringBuilder out = new StringBuilder(Math.min(line.length(), 1 << 16));
        mapped[0] = -1;
        int i = 0;
        int n = line.length();
        String lastToken = null;
        while (i < n) {
            char c = line.charAt(i);
            int start = i;
            if (c == '#' && !(separator == ':')) {
                copy(line, i, n, out, offset, mapped);
                i = n;
                break;
            }
            if (c == '"' || c == '\'') {
                i = stringEnd(line, i);
                lastToken = line.substring(start + 1, Math.max(start + 1, Math.min(i - 1, start + 200)));
            } else if (isBareKey(c)) {
                while (i < n && isBareKey(line.charAt(i))) {
                    i++;
                }
                lastToken = line.substring(start, Math.min(i, start + 200));
            } else if (c == separator && lastToken != null && (separator != '=' || i + 1 >= n || line.charAt(i + 1) != '=')) {
                copy(line, start, i + 1, out, offset, mapped);
                i++;
                if (secret.test(lastToken)) {
                    while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                        copy(line, i, i + 1, out, offset, mapped);
                        i++;
                    }
                    int end = valueEnd(line, i);
                    if (offset >= i && offset < end && mapped[0] < 0) {
                        mapped[0] = out.length();
                    }
                    out.append(maskedValue(line, i, end));
                    i = end;
                }
                lastToken = null;
                continue;
            } else if (c == '.' || c == ' ' || c == '\t') {
                i++;
                copy(line, start, i, out, offset, mapped);
                continue;
            } else {
                lastToken = null;
                i++;
            }
            copy(line, start, i, out, offset, mapped);
        }
        if (mapped[0] < 0) {
            mapped[0] = out.length() + Math.max(0, offset - n);
        }
        return out.toString();
    }

    private static void copy(String line, int from, int to, StringBuilder out, int offset, int[] mapped) {
        if (mapped[0] < 0 && offset >= from && offset < to) {
            mapped[0] = out.length() + offset - from;
        }
        out.append(line, from, to);
    }

    private static boolean isBareKey(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The index after the string starting at {@code start} (its quote), or the line's end. */
    private static int stringEnd(String line, int start) {
        char quote = line.charAt(start);
        if (line.startsWith(String.valueOf(quote).repeat(3), start)) {
            int close = line.indexOf(String.valueOf(quote).repeat(3), start + 3);
            return close < 0 ? line.length() : close + 3;
        }
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return line.length();
    }

    /** The end of the value starting at {@code start}: a string, a bracketed value, or up to a separator. */
    private static int valueEnd(String line, int start) {
        int n = line.length();
        if (start >= n) {
            return n;
        }
        char c = line.charAt(start);
        if (c == '"' || c == '\'') {
            return stringEnd(line, start);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int i = start; i < n; i++) {
                char d = line.charAt(i);
                if (d == '"' || d == '\'') {
                    i = stringEnd(line, i) - 1;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return n;
        }
        int i = start;
        while (i < n && ",}]#".indexOf(line.charAt(i)) < 0) {
            i++;
        }
        while (i > start && line.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    private static String maskedValue(String line, int start, int end) {
        if (start >= end) {
            return "";
        }
        char c = line.charAt(start);
        if (c == '"' || c == '\'') {
            boolean closed = end - start >= 2 && line.charAt(end - 1) == c;
            return c + MASK + (closed ? String.valueOf(c) : "");
        }
        return MASK;
    }
}
