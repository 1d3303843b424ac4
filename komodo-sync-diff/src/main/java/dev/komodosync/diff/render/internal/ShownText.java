package dev.komodosync.diff.render.internal;

/**
 * Text from the input made safe to show on a terminal: control characters (terminal escape
 * sequences among them) written as {@code \u001b}-style escapes, so a name cannot move the cursor,
 * recolour or clear the screen; and cut to a readable width with an ellipsis and a note of the
 * full length, so one huge name or line cannot flood the output. Not API.
 */
public final class ShownText {

    /** The widest name, key or value shown whole, in code points. */
    public static final int WIDTH = 200;

    private ShownText() {}

    /** {@code text} with control characters escaped (tabs and line ends kept) and cut to {@link #WIDTH}. */
    public static String of(String text) {
        return escape(cut(text, WIDTH), true);
    }

    /** {@code text} on one line: line ends escaped too, cut to {@link #WIDTH}. */
    public static String line(String text) {
        return escape(cut(text, WIDTH), false);
    }

    /** {@code text} cut to {@code width} code points with {@code …} and the full length noted. */
    public static String cut(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width)) + "… (" + codePoints + " characters)";
    }

    /** Whether {@code c} is shown as an escape: C0 and C1 controls and DEL. */
    public static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029;
    }

    /** Control characters as {@code \u001b}; tabs kept, and line ends kept when {@code keepLineEnds}. */
    public static String escape(String text, boolean keepLineEnds) {
        int i = 0;
        int n = text.length();
        while (i < n && !needsEscape(text.charAt(i), keepLineEnds)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (needsEscape(c, keepLineEnds)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c, boolean keepLineEnds) {
        if (c == '\t' || keepLineEnds && c == '\n') {
            return false;
        }
        return isControl(c);
    }
}
