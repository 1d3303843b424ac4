package dev.komodosync.diff.render.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A text's lines as offsets into it, each line made a string only when asked for: a big sync's
 * diagnostics echo a few lines from each of hundreds of files, whose every line is scanned
 * ({@link SecretLines}) but few are shown. Lines end as {@link String#lines()} ends them: at
 * {@code \n}, {@code \r} or {@code \r\n}, with no empty line after a last line ending. Not API.
 */
final class TextLines {

    private final String text;
    /** Line {@code i} is {@code text[bounds[2i], bounds[2i + 1])}. */
    private final int[] bounds;
    private final int size;

    private TextLines(String text, int[] bounds, int size) {
        this.text = text;
        this.bounds = bounds;
        this.size = size;
    }

    /** The lines of {@code text}, as {@link String#lines()} cuts them. */
    static TextLines of(String text) {
        int[] bounds = new int[64];
        int size = 0;
        int start = 0;
        int length = text.length();
        boolean carriageReturns = text.indexOf('\r') >= 0;
        while (start < length) {
            int end;
            int next;
            if (carriageReturns) {
                end = start;
                while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                next = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                        ? end + 2 : end + 1;
            } else {
                end = text.indexOf('\n', start);
                if (end < 0) {
                    end = length;
                }
                next = end + 1;
            }
            if (2 * size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            size++;
            start = next;
        }
        return new TextLines(text, bounds, size);
    }

    /** Lines given one by one, none holding a line ending: joined by {@code \n}, each is as given. */
    static TextLines of(List<String> lines) {
        int[] bounds = new int[2 * lines.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            bounds[2 * i] = text.length();
            text.append(lines.get(i));
            bounds[2 * i + 1] = text.length();
        }
        return new TextLines(text.toString(), bounds, lines.size());
    }

    /** How many lines there are. */
    int size() {
        return size;
    }

    /** The whole text the lines are cut from. */
    String text() {
        return text;
    }

    /** Where line {@code index} starts in {@link #text()}. */
    int start(int index) {
        return bounds[2 * index];
    }

    /** Where line {@code index} ends in {@link #text()}: at its line ending, or the text's end. */
    int end(int index) {
        return bounds[2 * index + 1];
    }

    /** Line {@code index}, without its line ending. */
    String line(int index) {
        return text.substring(bounds[2 * index], bounds[2 * index + 1]);
    }
}
