package dev.komodosync.parser.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The canonical paths of a run's bound values ({@code config.server_id}), one string per path:
 * every resource of a kind has the same few dozen, and joining them anew for each value of a big
 * sync made a string, and hashed it, per value. A path below a shared parent is found by two
 * lookups whose keys are shared strings too (hashes kept, equal by identity). Safe for the files
 * bound in parallel. Not API.
 */
public final class CanonicalPaths {

    private final Map<String, Map<String, String>> children = new ConcurrentHashMap<>();
    private final ChildTable newTable = new ChildTable();

    /** The path of {@code key} below {@code parent} ({@code parent.key}, or {@code key} at the top). */
    public String child(String parent, String key) {
        Map<String, String> below = children.computeIfAbsent(parent, newTable);
        String path = below.get(key);
        if (path == null) {
            String joined = parent.isEmpty() ? key : parent + "." + key;
            String earlier = below.putIfAbsent(key, joined);
            path = earlier != null ? earlier : joined;
        }
        return path;
    }

    /** A parent's table: a named class, as a lambda links a call site at start (docs/architecture.md). */
    private static final class ChildTable implements Function<String, Map<String, String>> {
        @Override
        public Map<String, String> apply(String parent) {
            return new ConcurrentHashMap<>();
        }
    }
}
