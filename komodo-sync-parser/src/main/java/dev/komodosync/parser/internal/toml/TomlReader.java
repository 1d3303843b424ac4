package dev.komodosync.parser.internal.toml;

import dev.komodosync.parser.internal.ParsedDocument;

/**
 * The one seam through which files' TOML is read, so that a faster reader can take the place of
 * tomlj for files without errors (the performance work) while binding stays the same.
 */
public interface TomlReader {

    /**
     * Reads {@code text}, the contents of {@code file}: the document, where each key was
     * written, and every syntax error found. Never throws for bad input.
     */
    ParsedDocument read(String file, String text);
}
