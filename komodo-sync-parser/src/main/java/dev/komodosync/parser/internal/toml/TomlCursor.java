package dev.komodosync.parser.internal.toml;

import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.DocumentLimits;

/**
 * Where a one-pass TOML reader is in its text — the index, the line and where it starts — and the
 * steps every part of the reader takes: blanks, comments, line breaks, digits, and the position
 * tomlj would give for where it is. The first of the layers {@link FastTomlParser} is made of:
 * {@link TomlStrings} reads strings on it, {@link TomlScalars} numbers, dates and times, and the
 * parser the document's structure.
 */
abstract class TomlCursor {

    /** Thrown to give up; carries no stack trace, it is control flow. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Thrown at the first value over a limit of the load, as soon as the reader meets it (before
     * the value is built): becomes a located {@code KS110}. No stack trace, it is control flow.
     */
    static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourceLocation at;
        final String flag;

        OverLimit(SourceLocation at, String what, String flag) {
            super(what, null, false, false);
            this.at = at;
            this.flag = flag;
        }
    }

    final String file;
    final String text;
    /** The text's characters, read by index: cheaper than {@code charAt}, above all before the JIT's best code. */
    final char[] chars;
    final int length;
    final TripleQuoteEscaper escaper;
    final DocumentLimits.Limits limits;
    final TomlWork work;

    int index;
    int line = 1;
    int lineStart;
    /** Where the key or array element whose value is being read was written: where a value over a limit is reported. */
    SourceLocation valueAt;
    /** Where the key being read starts, or -1: a key over a limit is reported there. */
    int keyStart = -1;

    /** {@link #here()} counts a line's columns once: up to {@code columnIndex} they are {@code columnCodePoints}. */
    private int columnLineStart = -1;
    private int columnIndex;
    private int columnCodePoints;

    TomlCursor(String file, String text, TripleQuoteEscaper escaper, DocumentLimits.Limits limits, TomlWork work) {
        this.file = file;
        this.text = text;
        this.chars = text.toCharArray();
        this.length = chars.length;
        this.escaper = escaper;
        this.limits = limits;
        this.work = work;
        work.add(length);
    }

    /**
     * Stops the read at a key or value over a limit: reported where the key starts, or at
     * {@link #valueAt}, or here.
     */
    OverLimit overLimit(String what, String flag) {
        SourceLocation at;
        if (keyStart >= 0) {
            index = keyStart;
            at = here();
        } else {
            at = valueAt != null ? valueAt : here();
        }
        return new OverLimit(at, what, flag);
    }

    boolean at(char c) {
        return index < length && chars[index] == c;
    }

    /** Digits with single underscores between them; returns how many digits. */
    int digits() {
        int count = 0;
        while (index < length) {
            char c = chars[index];
            if (isDigit(c)) {
                count++;
                index++;
            } else if (c == '_' && index + 1 < length && isDigit(chars[index + 1]) && count > 0) {
                index++;
            } else {
                break;
            }
        }
        return count;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- blanks, comments, lines, positions ----

    void skipWhitespace() {
        while (index < length && (chars[index] == ' ' || chars[index] == '\t')) {
            index++;
        }
    }

    void skipWhitespaceAndComment() {
        skipWhitespace();
        if (index < length && chars[index] == '#') {
            index++;
            while (index < length) {
                char c = chars[index];
                if (c == '\n' || c == '\r') {
                    return;
                }
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    throw new GiveUp("control character in a comment");
                }
                index++;
            }
        }
    }

    /** At {@code \n} or {@code \r\n}: steps over it. */
    void newLine() {
        if (chars[index] == '\r') {
            if (index + 1 >= length || chars[index + 1] != '\n') {
                throw new GiveUp("carriage return without line feed");
            }
            index++;
        }
        index++;
        line++;
        lineStart = index;
    }

    /** Where the reader is, as tomlj would say it: columns count code points, mapped back through the {@code """} rule. */
    SourceLocation here() {
        // Counted on from the last call on this line: a line of a million array elements asks a
        // million times, and counting from the line's start each time would be quadratic.
        if (columnLineStart != lineStart || columnIndex > index) {
            columnLineStart = lineStart;
            columnIndex = lineStart;
            columnCodePoints = 0;
        }
        work.add(index - columnIndex);
        columnCodePoints += text.codePointCount(columnIndex, index);
        columnIndex = index;
        return new SourceLocation(file, line, escaper.originalColumn(line, columnCodePoints + 1, work));
    }
}
