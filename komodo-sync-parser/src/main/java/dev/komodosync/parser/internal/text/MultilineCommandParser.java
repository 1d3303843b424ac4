package dev.komodosync.parser.internal.text;

import dev.komodosync.parser.internal.RustText;
import java.util.ArrayList;
import java.util.List;

/**
 * Komodo's multi-line command format (behaviour §10.3), used for {@code SystemCommand}s run
 * with {@code shell_mode = false} ({@code pre_deploy}, {@code on_clone}, {@code pre_build}, ...)
 * and for {@code compose_cmd_wrapper}: one command per line, chained with {@code &&}.
 *
 * <pre>{@code
 * a # c
 * b \
 *   --x
 * # z
 * d
 * }</pre>
 * gives {@code a && b --x && d}.
 *
 * <p>Blank lines and lines starting with {@code #} are dropped and {@code " #"} starts a comment.
 * {@code " \"} (space, backslash) joins what surrounds it with a single space <em>wherever it
 * occurs</em>, not only at the end of a line: {@code printf "a \n"} becomes
 * {@code printf "a n"}. Komodo runs the result with {@code sh -c}; an empty result runs
 * nothing.
 */
public final class MultilineCommandParser {

    private MultilineCommandParser() {
    }

    /**
     * Joins the commands of {@code text} with {@code " && "}; never throws.
     *
     * <p>Example: {@code parse("cd app\nnpm ci # clean install")} gives
     * {@code "cd app && npm ci"}.
     *
     * @param text the commands as written
     * @return the single command line Komodo runs, empty when there is no command
     */
    public static String parse(String text) {
        String withoutComments = String.join("\n", commandLines(text, false));
        StringBuilder joined = new StringBuilder();
        for (String piece : RustText.split(withoutComments, " \\")) {
            // Komodo prefixes every piece with a space, the first included (§10.3 step 2).
            joined.append(' ').append(RustText.trim(piece));
        }
        return String.join(" && ", commandLines(joined.toString(), true));
    }

    private static List<String> commandLines(String text, boolean trimAfterCut) {
        List<String> lines = new ArrayList<>();
        for (String rawLine : RustText.split(text, "\n")) {
            String line = RustText.trim(rawLine);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String command = RustText.beforeComment(line);
            lines.add(trimAfterCut ? RustText.trim(command) : command);
        }
        return lines;
    }
}
