package dev.komodosync.diff.render.internal;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line difference of two texts (longest common subsequence), for showing multi-line values. */
public final class LineDiff {

    /** How a line takes part in the difference. */
    public enum Kind {
        /** In both texts. */
        SAME,
        /** Only in the old text. */
        REMOVED,
        /** Only in the new text. */
        ADDED
    }

    /**
     * One line of the difference.
     *
     * @param kind how the line takes part
     * @param text the line, without its line break
     */
    public record Line(Kind kind, String text) {}

    private LineDiff() {}

    /** The lines of {@code before} and {@code after}, removed lines before added ones where they differ. */
    public static List<Line> diff(String before, String after) {
        return diff(lines(before), lines(after));
    }

    /** The lines of {@code a} and {@code b} (each element a line), removed lines before added ones where they differ. */
    public static List<Line> diff(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (j >= b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, a.get(i)));
                i++;
            } else {
                lines.add(new Line(Kind.ADDED, b.get(j)));
                j++;
            }
        }
        return lines;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
