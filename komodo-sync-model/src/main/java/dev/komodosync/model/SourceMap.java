package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a declared item and each of its keys were written, so that a diagnostic raised long
 * after parsing (an unknown {@code after} target, a dangling reference) can point at text.
 *
 * <p>Paths are canonical TOML paths below the item: keys by their canonical name joined with
 * {@code .}, array elements as {@code [index]}, e.g. {@code config.server_id} or
 * {@code config.stages[0].executions[1].execution.params.deployment}. The empty path is the item
 * itself (its {@code [[kind]]} header).
 *
 * @param root where the item starts, when it came from a file
 * @param paths where each key was written
 */
public record SourceMap(Optional<SourceLocation> root, Map<String, SourceLocation> paths) {

    private static final SourceMap NONE = new SourceMap(Optional.empty(), Map.of());

    /** Copies the map, sorted by path. */
    public SourceMap {
        requireNonNull(root, "root");
        paths = Map.copyOf(new TreeMap<>(paths));
    }

    /** No locations: an item built in code. */
    public static SourceMap none() {
        return NONE;
    }

    /** Locations of an item starting at {@code root}. */
    public static SourceMap of(SourceLocation root, Map<String, SourceLocation> paths) {
        return new SourceMap(Optional.of(root), paths);
    }

    /** Where {@code path} was written, or its nearest written ancestor, or the item itself. */
    public Optional<SourceLocation> locate(String path) {
        String current = path;
        while (!current.isEmpty()) {
            SourceLocation found = paths.get(current);
            if (found != null) {
                return Optional.of(found);
            }
            current = parent(current);
        }
        return root;
    }

    /** Where exactly {@code path} was written. */
    public Optional<SourceLocation> exact(String path) {
        return path.isEmpty() ? root : Optional.ofNullable(paths.get(path));
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""}. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
