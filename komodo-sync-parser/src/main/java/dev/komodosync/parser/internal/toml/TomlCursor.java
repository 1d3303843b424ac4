package dev.komodosync.parser.internal.toml;

import dev.komodosync.model.SourceLocation;

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

    final String file;
    final String text;
    /** The text's characters, read by index: cheaper than {@code charAt}, above all before the JIT's best code. */
    final char[] chars;
    final int length;
    final TripleQuoteEscaper escaper;

    int index;
    int line = 1;
    int lineStart;

    TomlCursor(String file, String text, TripleQuoteEscaper escaper) {
        this.file = file;
        this.text = text;
        this.chars = text.toCharArray();
        this.length = chars.length;
        this.escaper = escaper;
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
        int column = text.codePointCount(lineStart, index) + 1;
        return new SourceLocation(file, line, escaper.originalColumn(line, column));
    }
}
