package dev.komodosync.parser.internal.toml;

import dev.komodosync.model.SourceLocation;

/**
 * Where a TOML text first nests arrays and inline tables deeper than a limit, found in one linear
 * scan that skips strings and comments: the place a "nested too deeply" error is reported, not
 * the start of the file.
 */
final class NestingDepth {

    private NestingDepth() {}

    /** The first opening bracket or brace deeper than {@code limit}, or the file's start when there is none. */
    static SourceLocation firstBeyond(String file, String text, int limit) {
        int depth = 0;
        int line = 1;
        int column = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == '#') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                // a one-line string: skip to its closing quote on this line
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += c == '"' && text.charAt(j) == '\\' ? 2 : 1;
                }
                column += Math.min(j, n - 1) - i + 1;
                i = Math.min(j, n - 1);
                if (i < n && text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                }
                continue;
            }
            if (c == '[' || c == '{') {
                if (++depth > limit) {
                    return new SourceLocation(file, line, column);
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourceLocation(file, 1, 1);
    }
}
