package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.parser.SourceText;
import java.util.List;

/**
 * TOML given as text — a sync defined in Komodo's UI ({@code file_contents}, behaviour §1.8),
 * read as one file.
 *
 * @param name how diagnostics name the text (Komodo: {@code database file})
 * @param contents the TOML
 */
public record InlineSource(String name, String contents) implements SyncSource {

    /** Checks the arguments. */
    public InlineSource {
        requireNonNull(name, "name");
        requireNonNull(contents, "contents");
    }

    @Override
    public SourceFiles read() {
        return new SourceFiles.InMemory(List.of(new SourceText(name, contents)), List.of(), SourceOrigin.inline(name));
    }
}
