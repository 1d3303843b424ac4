package dev.komodosync.parser;

import static java.util.Objects.requireNonNull;

/**
 * A sync file held in memory — read from a git commit, or a sync's inline contents — for
 * {@link SyncLoader#loadTexts(java.util.List)}.
 *
 * @param name how diagnostics name the file (e.g. its path inside the repository, {@code /}-separated)
 * @param text the file's text
 */
public record SourceText(String name, String text) {

    /** Checks the arguments. */
    public SourceText {
        requireNonNull(name, "name");
        requireNonNull(text, "text");
    }

    /** The name and the text's length: the text holds the file's secrets as written. */
    @Override
    public String toString() {
        return "SourceText[name=" + name + ", " + text.length() + " characters]";
    }
}
