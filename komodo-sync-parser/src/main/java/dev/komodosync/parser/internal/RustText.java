package dev.komodosync.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Komodo's parsers are Rust; these helpers give Java strings the meaning Rust's {@code str}
 * methods have, where Java's own differ. Not API.
 */
public final class RustText {

    private RustText() {
    }

    /**
     * Rust's {@code char::is_whitespace}: the Unicode White_Space property. Unlike Java's
     * {@link Character#isWhitespace}, it includes no-break spaces (U+00A0, U+2007, U+202F) and
     * NEL (U+0085), and excludes the information separators U+001C..U+001F.
     */
    public static boolean isWhitespace(char c) {
        return (c >= '\t' && c <= '\r')
                || c == ' '
                || c == '\u0085'
                || c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }

    /** Rust's {@code str::trim}. Every White_Space character is in the BMP, so chars suffice. */
    public static String trim(String text) {
        int end = text.length();
        while (end > 0 && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(leadingWhitespace(text, end), end);
    }

    /** Rust's {@code str::trim_end}. */
    public static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** How many whitespace characters {@code text} starts with, looking no further than {@code limit}. */
    public static int leadingWhitespace(String text, int limit) {
        int start = 0;
        while (start < limit && isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The text before the first {@code " #"}, or all of it: Komodo's end-of-line comment cut. */
    public static String beforeComment(String line) {
        int hash = line.indexOf(" #");
        return hash < 0 ? line : line.substring(0, hash);
    }

    /**
     * Rust's {@code str::split} with a string separator: non-overlapping occurrences from the
     * left; an empty text gives one empty piece.
     */
    public static List<String> split(String text, String separator) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        int at = text.indexOf(separator);
        while (at >= 0) {
            pieces.add(text.substring(from, at));
            from = at + separator.length();
            at = text.indexOf(separator, from);
        }
        pieces.add(text.substring(from));
        return pieces;
    }
}
