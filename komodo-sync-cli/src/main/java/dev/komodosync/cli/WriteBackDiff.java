package dev.komodosync.cli;

import dev.komodosync.diff.export.WriteBackResult;
import dev.komodosync.diff.render.internal.LineDiff;
import dev.komodosync.diff.render.internal.SecretLines;
import dev.komodosync.diff.render.internal.ShownText;
import java.io.PrintStream;
import java.util.List;

/**
 * What {@code export --write-back --dry-run} prints for one file: its name, what changed in it,
 * and its removed and added lines — secrets masked as in echoed source lines, control characters
 * escaped, long lines cut.
 */
final class WriteBackDiff {

    private WriteBackDiff() {}

    /** Line {@code index} masked; a line beyond the text's own lines (its final line end) as it is. */
    private static String masked(SecretLines lines, int index, String text) {
        return index < lines.size() ? lines.line(index, 0, new int[1]) : text;
    }

    static void print(WriteBackResult.FileUpdate file, PrintStream out) {
        out.println((file.before().isEmpty() ? "would create " : "would update ") + ShownText.line(file.name()));
        file.changes().forEach(change -> out.println("  " + ShownText.line(change)));
        String before = file.before().orElse("");
        SecretLines oldLines = SecretLines.toml(before.lines().toList(), SecretValues.builtInKeys());
        SecretLines newLines = SecretLines.toml(file.after().lines().toList(), SecretValues.builtInKeys());
        int oldIndex = 0;
        int newIndex = 0;
        List<LineDiff.Line> lines = LineDiff.diff(before, file.after());
        for (LineDiff.Line line : lines) {
            switch (line.kind()) {
                case SAME -> {
                    oldIndex++;
                    newIndex++;
                }
                case REMOVED -> out.println("  - " + ShownText.line(masked(oldLines, oldIndex++, line.text())));
                case ADDED -> out.println("  + " + ShownText.line(masked(newLines, newIndex++, line.text())));
            }
        }
    }
}
