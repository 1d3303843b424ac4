package dev.komodosync.diff.render.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}) of two lists of lines: hunks with three lines of context and
 * {@code @@ -a,b +c,d @@} headers, lines marked {@code ' '}, {@code -} and {@code +}. Not API.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The hunks of {@code before} → {@code after}, as lines; empty when they are equal. */
    public static List<String> hunks(List<String> before, List<String> after) {
        List<LineDiff.Line> lines = LineDiff.diff(before, after);
        List<String> out = new ArrayList<>();
        int n = lines.size();
        int start = 0;
        while (start < n) {
            int firstChange = start;
            while (firstChange < n && lines.get(firstChange).kind() == LineDiff.Kind.SAME) {
                firstChange++;
            }
            if (firstChange == n) {
                break;
            }
            int from = Math.max(start, firstChange - CONTEXT);
            int end = firstChange;
            // Extend the hunk while the next change is within twice the context.
            while (true) {
                while (end < n && lines.get(end).kind() != LineDiff.Kind.SAME) {
                    end++;
                }
                int same = end;
                while (same < n && lines.get(same).kind() == LineDiff.Kind.SAME) {
                    same++;
                }
                if (same < n && same - end <= 2 * CONTEXT) {
                    end = same;
                    continue;
                }
                end = Math.min(n, end + CONTEXT);
                break;
            }
            out.add(header(lines, from, end));
            for (int i = from; i < end; i++) {
                LineDiff.Line line = lines.get(i);
                out.add(switch (line.kind()) {
                    case SAME -> " ";
                    case REMOVED -> "-";
                    case ADDED -> "+";
                } + line.text());
            }
            start = end;
        }
        return out;
    }

    private static String header(List<LineDiff.Line> lines, int from, int end) {
        int oldStart = 1;
        int newStart = 1;
        for (int i = 0; i < from; i++) {
            if (lines.get(i).kind() != LineDiff.Kind.ADDED) {
                oldStart++;
            }
            if (lines.get(i).kind() != LineDiff.Kind.REMOVED) {
                newStart++;
            }
        }
        int oldCount = 0;
        int newCount = 0;
        for (int i = from; i < end; i++) {
            if (lines.get(i).kind() != LineDiff.Kind.ADDED) {
                oldCount++;
            }
            if (lines.get(i).kind() != LineDiff.Kind.REMOVED) {
                newCount++;
            }
        }
        return "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@";
    }

    /** {@code start,count}, as diff writes it: an empty range starts at the line before. */
    private static String range(int start, int count) {
        return (count == 0 ? start - 1 : start) + "," + count;
    }
}
