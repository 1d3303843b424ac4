package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.parser.SourceText;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link SyncSource} read: the files, as the loader takes them, and where they came from.
 */
public sealed interface SourceFiles {

    /** Where the files came from (for a git source: the repository, branch, commit and its message). */
    SourceOrigin origin();

    /** Loads the files; the result carries {@link #origin()}. */
    LoadResult load(SyncLoader loader);

    /**
     * Files and folders on disk, loaded with {@link SyncLoader#load(List)} (which reports a
     * missing path).
     *
     * @param paths the files and folders, in order
     * @param origin where they are
     */
    record OnDisk(List<Path> paths, SourceOrigin origin) implements SourceFiles {

        /** Checks and copies the arguments. */
        public OnDisk {
            paths = List.copyOf(paths);
            requireNonNull(origin, "origin");
        }

        @Override
        public LoadResult load(SyncLoader loader) {
            return loader.load(paths).withOrigin(origin);
        }
    }

    /**
     * Files read into memory (from a git commit, or inline contents), with the problems met
     * finding them (a {@code resource_path} entry missing from the commit, a file skipped).
     *
     * @param files the files, in order, named as diagnostics name them
     * @param diagnostics the problems met finding them
     * @param origin where they came from
     */
    record InMemory(List<SourceText> files, List<Diagnostic> diagnostics, SourceOrigin origin) implements SourceFiles {

        /** Checks and copies the arguments. */
        public InMemory {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
            requireNonNull(origin, "origin");
        }

        @Override
        public LoadResult load(SyncLoader loader) {
            LoadResult loaded = loader.loadTexts(files);
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.addAll(loaded.diagnostics());
            // The texts go with the result: their names are not files on this machine, so a
            // printer of diagnostics can echo a line only from them.
            return new LoadResult(loaded.declaration(), all.stream().distinct().sorted(Diagnostic.ORDER).toList(),
                    loaded.files(), Optional.of(origin), files);
        }
    }
}
