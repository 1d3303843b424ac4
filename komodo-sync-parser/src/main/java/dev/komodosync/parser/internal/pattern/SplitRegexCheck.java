package dev.komodosync.parser.internal.pattern;

import dev.komodosync.parser.internal.RustText;
import dev.komodosync.parser.internal.text.StringListParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds batch pattern lines written as a {@code \regex\} that Komodo cuts apart before it
 * looks for regexes (behaviour §7.2 pitfall): the text is split at every comma and cut at
 * {@code " #"} first, so the pieces are no longer regexes.
 */
final class SplitRegexCheck {

    private SplitRegexCheck() {
    }

    /** One warning per affected line, in order. */
    static List<String> warnings(String text) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = RustText.split(text, "\n");
        for (int index = 0; index < lines.size(); index++) {
            String line = RustText.trim(lines.get(index));
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String kept = RustText.trim(RustText.beforeComment(line));
            // Either the whole line is a regex that " #" or a comma cuts, or the part before a
            // real comment is a regex that a comma cuts: `\a{1,2}\ # note`.
            boolean wholeLine = isRegexShaped(line);
            boolean comment = wholeLine && line.contains(" #");
            boolean comma = (wholeLine || isRegexShaped(kept)) && kept.contains(",");
            if (comma || comment) {
                warnings.add(warning(index + 1, line, comma, comment));
            }
        }
        return warnings;
    }

    private static boolean isRegexShaped(String line) {
        return line.length() >= 2 && line.startsWith("\\") && line.endsWith("\\");
    }

    private static String warning(int lineNumber, String line, boolean comma, boolean comment) {
        List<String> pieces = StringListParser.parse(line);
        String readAs = pieces.isEmpty() ? "no pattern at all"
                : pieces.stream().map(piece -> "'" + piece + "'").collect(Collectors.joining(" and ",
                        pieces.size() == 1 ? "the pattern " : "the patterns ", ""));
        StringBuilder message = new StringBuilder()
                .append("line ").append(lineNumber).append(" '").append(line)
                .append("' is written as a \\regex\\, but Komodo ");
        if (comma) {
            message.append("splits batch patterns at commas");
        }
        if (comma && comment) {
            message.append(" and ");
        }
        if (comment) {
            message.append("cuts everything from ' #' as a comment");
        }
        message.append(" before it looks for regexes, so it reads ").append(readAs).append(" instead; ");
        if (comma) {
            message.append("keep ',' out of the regex (write a repetition such as [0-9]{1,3} as a character-class ")
                    .append("sequence [0-9][0-9]?[0-9]?, a literal comma as \\x2C) or write a second pattern");
        }
        if (comma && comment) {
            message.append(", and ");
        }
        if (comment) {
            message.append("write the space before '#' as [ ] or \\x20");
        }
        return message.toString();
    }
}
