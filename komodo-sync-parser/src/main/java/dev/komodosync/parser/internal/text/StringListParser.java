package dev.komodosync.parser.internal.text;

import dev.komodosync.parser.internal.RustText;
import java.util.ArrayList;
import java.util.List;

/**
 * Komodo's string list format (behaviour §10.2), used by every list field given as a string
 * ({@code links}, {@code extra_args}, {@code file_paths}, {@code match_tags}, ...) and by batch
 * execution patterns:
 *
 * <pre>{@code
 * # supports comments
 * path/to/file1 # comment1
 * path/to/file2
 *
 * # also supports comma separated values
 * path/to/file3,path/to/file4
 * }</pre>
 * gives {@code [path/to/file1, path/to/file2, path/to/file3, path/to/file4]}.
 *
 * <p>Lines are trimmed; blank lines and lines starting with {@code #} are skipped (a line
 * starting with {@code //} is an entry, unlike in {@link KeyValueListParser}); {@code " #"}
 * starts a comment; every comma separates entries, so {@code "--label a=b,c"} is two entries;
 * entries are trimmed and empty ones dropped.
 */
public final class StringListParser {

    private StringListParser() {
    }

    /**
     * Splits {@code text} into its entries; never throws.
     *
     * <p>Example: {@code parse("a, b # c\n#d\ne")} gives {@code [a, b, e]}.
     *
     * @param text the list as written
     * @return the non-empty, trimmed entries in written order
     */
    public static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String rawLine : RustText.split(text, "\n")) {
            String line = RustText.trim(rawLine);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            for (String piece : RustText.split(RustText.beforeComment(line), ",")) {
                String entry = RustText.trim(piece);
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return List.copyOf(entries);
    }
}
