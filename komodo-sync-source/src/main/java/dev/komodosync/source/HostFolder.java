package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import dev.komodosync.parser.SourceOrigin;
import java.nio.file.Path;
import java.util.List;

/**
 * Files and folders on the host (a sync with {@code files_on_host}): each {@code resource_path}
 * entry is resolved against {@code root} (behaviour §1.6) — a {@code .toml} file is read, a folder
 * is walked, a missing entry is an error diagnostic, any other file is skipped with a note.
 *
 * @param root the folder the entries are relative to
 * @param resourcePaths the entries, in order; empty reads nothing
 */
public record HostFolder(Path root, List<String> resourcePaths) implements SyncSource {

    /** Checks and copies the arguments. */
    public HostFolder {
        requireNonNull(root, "root");
        resourcePaths = List.copyOf(resourcePaths);
    }

    @Override
    public SourceFiles read() {
        List<Path> paths = resourcePaths.stream().map(entry -> root.resolve(entry).normalize()).toList();
        return new SourceFiles.OnDisk(paths, SourceOrigin.folder(root.toString().replace('\\', '/')));
    }
}
