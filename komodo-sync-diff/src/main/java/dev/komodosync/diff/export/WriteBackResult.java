package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.export.internal.AtomicFiles;
import dev.komodosync.diff.export.internal.FileWrites;
import dev.komodosync.model.Diagnostic;
import java.io.IOException;
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
 * @param secretsLeftOut each secret of the Core the write-back did not write (without
 *     {@link ExportOptions#includeSecrets()}: a file keeps the secrets it declares), as
 *     {@code kind "name": path}; never the value
 */
public record WriteBackResult(List<FileUpdate> files, List<Diagnostic> diagnostics, List<String> secretsLeftOut) {

    /** Copies the lists. */
    public WriteBackResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        secretsLeftOut = List.copyOf(secretsLeftOut);
    }

    /** A result that left no secret out. */
    public WriteBackResult(List<FileUpdate> files, List<Diagnostic> diagnostics) {
        this(files, diagnostics, List.of());
    }

    /** Whether the write-back was refused: nothing may be written. */
    public boolean refused() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Writes every file or none (creating folders for new ones). Each file is written to a
     * temporary file beside it that then replaces it in one rename, keeping its permissions; a
     * link is written through to its target. A file that changed on disk since the write-back read
     * it (or a new one that now exists) is refused and nothing is written. When a replacement fails
     * midway, the files already replaced are restored.
     *
     * @throws IllegalStateException when the write-back was refused
     * @throws IOException when a file cannot be written or changed on disk; the message names the
     *     file, the reason, and which files (if any) were left changed
     */
    public void write() throws IOException {
        write(FileWrites.REAL);
    }

    /** {@link #write()} through {@code io}: the seam tests put faults in. */
    void write(FileWrites io) throws IOException {
        if (refused()) {
            throw new IllegalStateException("a refused write-back writes nothing");
        }
        List<AtomicFiles.Change> changes = files.stream()
                .map(f -> new AtomicFiles.Change(f.path(), f.name(), f.before(), f.after())).toList();
        AtomicFiles.writeAll(changes, null, io);
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
