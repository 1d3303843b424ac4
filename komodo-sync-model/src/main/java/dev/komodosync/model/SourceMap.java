package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

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
 * @param paths where each key was written; iterates in path order
 */
public record SourceMap(Optional<SourceLocation> root, Map<String, SourceLocation> paths) {

    private static final SourceMap NONE = new SourceMap(Optional.empty(), Map.of());

    /** Copies the map, sorted by path. */
    public SourceMap {
        requireNonNull(root, "root");
        paths = paths instanceof SortedPaths sorted ? sorted : SortedPaths.copyOf(paths);
    }

    /** No locations: an item built in code. */
    public static SourceMap none() {
        return NONE;
    }

    /** Locations of an item starting at {@code root}. */
    public static SourceMap of(SourceLocation root, Map<String, SourceLocation> paths) {
        return new SourceMap(Optional.of(root), paths);
    }

    /** A builder of the locations of an item starting at {@code root}, if known. */
    public static Builder builder(Optional<SourceLocation> root) {
        return new Builder(requireNonNull(root, "root"));
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

    /**
     * Collects paths one at a time, as a parser meets them, without a map per item: a later
     * location for the same path replaces an earlier one.
     */
    public static final class Builder {
        private final Optional<SourceLocation> root;
        private String[] paths = new String[16];
        private SourceLocation[] locations = new SourceLocation[16];
        private int size;

        private Builder(Optional<SourceLocation> root) {
            this.root = root;
        }

        /** Records where {@code path} was written. */
        public Builder put(String path, SourceLocation location) {
            requireNonNull(path, "path");
            requireNonNull(location, "location");
            if (size == paths.length) {
                paths = Arrays.copyOf(paths, size * 2);
                locations = Arrays.copyOf(locations, size * 2);
            }
            paths[size] = path;
            locations[size] = location;
            size++;
            return this;
        }

        /** The source map. */
        public SourceMap build() {
            return new SourceMap(root, SortedPaths.of(paths, locations, size));
        }
    }

    /**
     * An immutable map from path to location held as sorted arrays: far smaller and cheaper to
     * build than a tree or hash map, for the many items of a big sync, and looked up (by binary
     * search) only when a diagnostic needs a location. The locations of an item are nearly always
     * in one file: then they are kept as packed lines and columns, and made when asked for.
     */
    private static final class SortedPaths extends AbstractMap<String, SourceLocation> {
        private final String[] paths;
        /** The file of every location, or null when they differ (then {@code locations} holds them). */
        private final String file;
        private final long[] packed;
        private final SourceLocation[] locations;

        private SortedPaths(String[] paths, SourceLocation[] locations) {
            this.paths = paths;
            String common = locations.length == 0 ? null : locations[0].file();
            for (SourceLocation location : locations) {
                if (!location.file().equals(common)) {
                    common = null;
                    break;
                }
            }
            if (common == null) {
                this.file = null;
                this.packed = null;
                this.locations = locations;
            } else {
                this.file = common;
                this.packed = new long[locations.length];
                for (int i = 0; i < locations.length; i++) {
                    packed[i] = ((long) locations[i].line() << 32) | locations[i].column();
                }
                this.locations = null;
            }
        }

        static SortedPaths copyOf(Map<String, SourceLocation> map) {
            String[] paths = new String[map.size()];
            SourceLocation[] locations = new SourceLocation[map.size()];
            int size = 0;
            for (Map.Entry<String, SourceLocation> entry : map.entrySet()) {
                paths[size] = requireNonNull(entry.getKey(), "path");
                locations[size] = requireNonNull(entry.getValue(), "location");
                size++;
            }
            return of(paths, locations, size);
        }

        /** Items this many or fewer are sorted by insertion, in place, with no boxed index. */
        private static final int INSERTION_SORT_MAX = 64;

        /**
         * The indexes of the first {@code size} paths in path order. Stable: pairs with the same
         * path stay in the order they came, so that {@link #of} keeps the last. An item's paths are
         * few and come nearly in order (a parser meets a table's keys as written), where an
         * insertion sort beats a merge sort of boxed indexes.
         */
        private static int[] order(String[] paths, int size) {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            if (size <= INSERTION_SORT_MAX) {
                for (int i = 1; i < size; i++) {
                    int item = order[i];
                    String path = paths[item];
                    int j = i - 1;
                    while (j >= 0 && paths[order[j]].compareTo(path) > 0) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = item;
                }
                return order;
            }
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, new ByPath(paths));
            for (int i = 0; i < size; i++) {
                order[i] = boxed[i];
            }
            return order;
        }

        /** Indexes by their path; a named class, as a lambda links a call site at start (docs/architecture.md). */
        private static final class ByPath implements Comparator<Integer> {
            private final String[] paths;

            ByPath(String[] paths) {
                this.paths = paths;
            }

            @Override
            public int compare(Integer a, Integer b) {
                return paths[a].compareTo(paths[b]);
            }
        }

        /** The first {@code size} pairs, sorted by path; of pairs with the same path, the last. */
        static SortedPaths of(String[] paths, SourceLocation[] locations, int size) {
            int[] order = order(paths, size);
            String[] sortedPaths = new String[size];
            SourceLocation[] sortedLocations = new SourceLocation[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                int from = order[i];
                if (count > 0 && sortedPaths[count - 1].equals(paths[from])) {
                    sortedLocations[count - 1] = locations[from];
                } else {
                    sortedPaths[count] = paths[from];
                    sortedLocations[count] = locations[from];
                    count++;
                }
            }
            return new SortedPaths(Arrays.copyOf(sortedPaths, count), Arrays.copyOf(sortedLocations, count));
        }

        private SourceLocation location(int at) {
            if (locations != null) {
                return locations[at];
            }
            return new SourceLocation(file, (int) (packed[at] >>> 32), (int) packed[at]);
        }

        @Override
        public SourceLocation get(Object key) {
            if (!(key instanceof String path)) {
                return null;
            }
            int at = Arrays.binarySearch(paths, path);
            return at < 0 ? null : location(at);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String path && Arrays.binarySearch(paths, path) >= 0;
        }

        @Override
        public int size() {
            return paths.length;
        }

        @Override
        public Set<Entry<String, SourceLocation>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, SourceLocation>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < paths.length;
                        }

                        @Override
                        public Entry<String, SourceLocation> next() {
                            if (next >= paths.length) {
                                throw new NoSuchElementException();
                            }
                            int at = next++;
                            return new SimpleImmutableEntry<>(paths[at], location(at));
                        }
                    };
                }

                @Override
                public int size() {
                    return paths.length;
                }
            };
        }
    }
}
