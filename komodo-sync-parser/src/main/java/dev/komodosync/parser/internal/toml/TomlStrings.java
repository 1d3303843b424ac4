package dev.komodosync.parser.internal.toml;

import dev.komodosync.parser.internal.DocumentLimits;

/**
 * The strings of TOML 1.1 as tomlj 1.2.0 reads them — basic and literal, single- and multi-line,
 * with every escape (including {@code \e} and {@code \xHH}) — read where the cursor is; gives up
 * on what tomlj decides oddly or refuses (six or more quotes closing a multi-line string, control
 * characters, escapes of control or surrogate characters). One or two quotes right before the
 * closing three are the string's own, as TOML says and tomlj reads them.
 */
abstract class TomlStrings extends TomlCursor {

    /** tomlj's lexer writes every line break inside a multi-line string as the platform's. */
    static final String LINE_BREAK = System.lineSeparator();

    TomlStrings(String file, String text, TripleQuoteEscaper escaper, DocumentLimits.Limits limits, TomlWork work) {
        super(file, text, escaper, limits, work);
    }

    /** How many more characters a string may have, holding {@code built} already, before it is over the limit. */
    private int room(StringBuilder built) {
        return limits.maxStringLength() - (built == null ? 0 : built.length());
    }

    private OverLimit tooLong() {
        return overLimit((keyStart >= 0 ? "a key" : "a string") + " of more than " + limits.maxStringLength()
                + " characters", "--max-string-length");
    }

    /** {@code text[from, to)} as a string, its copy counted. */
    private String copy(int from, int to) {
        work.add(to - from);
        return text.substring(from, to);
    }

    // ---- strings ----

    /** A one-line basic string; stops at the limit of string length, before building more. */
    String basicString() {
        index++;
        StringBuilder value = null;
        int runStart = index;
        int room = room(value);
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            if (index - runStart > room) {
                throw tooLong();
            }
            char c = chars[index];
            if (c == '"') {
                String result;
                if (value == null) {
                    result = copy(runStart, index);
                } else {
                    work.add(index - runStart + value.length());
                    result = value.append(text, runStart, index).toString();
                }
                index++;
                return result;
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder();
                }
                work.add(index - runStart);
                value.append(text, runStart, index);
                escape(value);
                runStart = index;
                room = room(value);
                if (room < 0) {
                    throw tooLong();
                }
                continue;
            }
            checkStringChar(c);
            index++;
        }
    }

    /** A one-line literal string; stops at the limit of string length, before building it. */
    String literalString() {
        index++;
        int start = index;
        int room = room(null);
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            if (index - start > room) {
                throw tooLong();
            }
            char c = chars[index];
            if (c == '\'') {
                return copy(start, index++);
            }
            checkStringChar(c);
            index++;
        }
    }

    String multilineBasicString() {
        return multiline('"', "\"\"\"");
    }

    String multilineLiteralString() {
        return multiline('\'', "'''");
    }

    /**
     * A multi-line string closed by {@code delimiter}: escapes and line-ending backslashes only in
     * a basic one ({@code quote} {@code "}). Plain characters are copied a run at a time.
     */
    private String multiline(char quote, String delimiter) {
        boolean basic = quote == '"';
        index += 3;
        skipFirstLineBreak();
        // Sized to where the delimiter is first written (escapes only shorten the text; an escaped
        // quote there ends the guess early, and the builder grows), not grown from 16 a doubling at a time.
        int firstDelimiter = text.indexOf(delimiter, index);
        work.add((firstDelimiter < 0 ? length : firstDelimiter) - index);
        int guess = firstDelimiter < 0 ? 16 : Math.min(firstDelimiter - index + 2, limits.maxStringLength() + 1);
        StringBuilder value = new StringBuilder(Math.max(16, guess));
        int runStart = index;
        int room = room(value);
        while (true) {
            if (index >= length) {
                throw new GiveUp("string not closed");
            }
            if (index - runStart > room) {
                throw tooLong();
            }
            char c = chars[index];
            if (c == quote && text.startsWith(delimiter, index)) {
                int closing = closingQuotes(quote);
                if (index + closing - 3 - runStart > room) {
                    throw tooLong();
                }
                work.add(index - runStart + value.length() + closing);
                // one or two quotes right before the closing three are the string's own
                value.append(text, runStart, index + closing - 3);
                index += closing;
                return value.toString();
            }
            if (basic && c == '\\') {
                work.add(index - runStart);
                value.append(text, runStart, index);
                if (!lineEndingBackslash()) {
                    escape(value);
                }
            } else if (c == '\n' || c == '\r') {
                work.add(index - runStart);
                value.append(text, runStart, index);
                newLine();
                value.append(LINE_BREAK);
            } else {
                checkStringChar(c);
                index++;
                continue;
            }
            runStart = index;
            room = room(value);
            if (room < 0) {
                throw tooLong();
            }
        }
    }

    private void skipFirstLineBreak() {
        if (index < length && (chars[index] == '\n' || chars[index] == '\r')) {
            newLine();
        }
    }

    /**
     * At a run of quotes that closes a multi-line string: how many of them there are. TOML lets the
     * string end in one or two quotes, written right before the closing three; a run of six or
     * more is an error, which tomlj reports.
     */
    private int closingQuotes(char quote) {
        int run = 3;
        while (index + run < length && chars[index + run] == quote) {
            run++;
            if (run > 5) {
                throw new GiveUp("more than five quotes closing a multi-line string");
            }
        }
        return run;
    }

    /** A backslash ending a line in a multi-line basic string trims the break and the blanks after it. */
    private boolean lineEndingBackslash() {
        int probe = index + 1;
        while (probe < length && (chars[probe] == ' ' || chars[probe] == '\t')) {
            probe++;
        }
        if (probe >= length || (chars[probe] != '\n' && chars[probe] != '\r')) {
            work.add(probe - index);
            return false;
        }
        index = probe;
        newLine();
        while (index < length) {
            char c = chars[index];
            if (c == ' ' || c == '\t') {
                index++;
            } else if (c == '\n' || c == '\r') {
                newLine();
            } else {
                break;
            }
        }
        return true;
    }

    private void escape(StringBuilder value) {
        if (index + 1 >= length) {
            throw new GiveUp("escape at the end");
        }
        char c = chars[index + 1];
        index += 2;
        switch (c) {
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case 'e' -> value.append('\u001b');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'x' -> value.appendCodePoint(hexEscape(2));
            case 'u' -> value.appendCodePoint(hexEscape(4));
            case 'U' -> value.appendCodePoint(hexEscape(8));
            default -> throw new GiveUp("invalid escape");
        }
    }

    private int hexEscape(int digits) {
        if (index + digits > length) {
            throw new GiveUp("short escape");
        }
        int codePoint = 0;
        for (int i = 0; i < digits; i++) {
            char c = chars[index + i];
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw new GiveUp("invalid escape");
            }
            codePoint = codePoint * 16 + digit;
        }
        index += digits;
        // Only printable scalar values: how tomlj treats the rest is not worth mirroring.
        if (codePoint < 0x20 || codePoint == 0x7f || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw new GiveUp("escape of a control or surrogate character");
        }
        return codePoint;
    }

    private static void checkStringChar(char c) {
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            throw new GiveUp("control character in a string");
        }
    }
}
