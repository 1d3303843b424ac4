package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A prepared write-back: the new text of every file it changes, what changed in each, and the
 * diagnostics. Nothing is written until {@link #write()}, which refuses when the write-back was
 * refused (its result would not plan empty, or the files have errors).
 *
 * @param files the files to write, in path order
 * @param diagnostics why the write-back was refused, if it was; and notes
 */
public record WriteBackResult(List<FileUpdate> files, List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public WriteBackResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the write-back was refused: nothing may be written. */
    public boolean refused() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Writes every file (creating folders for new ones).
     *
     * @throws IllegalStateException when the write-back was refused
     * @throws IOException when a file cannot be written
     */
    public void write() throws IOException {
        if (refused()) {
            throw new IllegalStateException("a refused write-back writes nothing");
        }
        for (FileUpdate file : files) {
            Path parent = file.path().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file.path(), file.after(), StandardCharsets.UTF_8);
        }
    }

    /**
     * One file's update.
     *
     * @param path where it is
     * @param name how messages name it
     * @param before its text now, or empty for a new file
     * @param after its new text
     * @param changes what changed, one line each (e.g. {@code updated stack web: config.branch})
     */
    public record FileUpdate(Path path, String name, Optional<String> before, String after, List<String> changes) {
        /** Checks and copies the arguments. */
        public FileUpdate {
            requireNonNull(path, "path");
            requireNonNull(name, "name");
            requireNonNull(before, "before");
            requireNonNull(after, "after");
            changes = List.copyOf(changes);
        }
    }
}
