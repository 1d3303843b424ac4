package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.internal.pattern.NameMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every declared and existing resource by kind, name and id, unfiltered: name lookups and
 * reference checks see all of them, whatever {@code match_tags} or a restriction limit (formats §3).
 */
final class ResourceIndex {

    private final List<ResourceKind<?>> kinds;
    private final Map<ResourceKind<?>, Map<String, DeclaredResource<?>>> declared;
    private final Map<ResourceKind<?>, Map<String, ExistingResource<?>>> existingByName;
    /** The name of each existing resource by its id: a stored reference needs no more, and the resource is a read further. */
    private final Map<ResourceKind<?>, IdNames> nameById;
    private final ResourceKinds registry;
    /** Each kind by its TOML keys, held as the {@code Optional} {@link #kind} gives: it is asked once per reference. */
    private final Map<String, Optional<ResourceKind<?>>> kindsByKey = new HashMap<>();
    private final List<DeclaredResource<?>> duplicates = new ArrayList<>();
    /** {@link #names} per kind, with its search, made on first use: reference checks ask for it once per pattern. */
    private final Map<ResourceKind<?>, SortedOnce> names = new ConcurrentHashMap<>();
    private final SortedNames sortedNames = new SortedNames();
    private final NewSortedOnce newSortedOnce = new NewSortedOnce();

    /** Whether what exists is known: without a snapshot, a name no file declares may still exist. */
    private final boolean existingKnown;

    ResourceIndex(Declaration declaration, Snapshot snapshot, ResourceKinds registry) {
        this(declaration, Optional.of(snapshot), registry);
    }

    /** The index of {@code declaration} and, when given, {@code snapshot}. */
    ResourceIndex(Declaration declaration, Optional<Snapshot> given, ResourceKinds registry) {
        Snapshot snapshot = given.orElse(Snapshot.empty());
        this.existingKnown = given.isPresent();
        this.registry = registry;
        // The declared and the existing tables, built side by side, each in one pass over its
        // resources: at 100k every resource read is a read from memory, not from the cache.
        ExistingTables existingTables = new ExistingTables(snapshot);
        List<Map<ResourceKind<?>, ?>> tables = Parallel.all(List.of(
                new Table<>(declaration.resources(), Key.DECLARED_NAME, duplicates, snapshot), existingTables));
        this.declared = cast(tables.get(0));
        this.existingByName = cast(tables.get(1));
        this.nameById = existingTables.ids;
        // The kinds of the registry, then those the tables met, in the order they met them: the
        // tables' keys, rather than another pass over every resource.
        Set<ResourceKind<?>> all = new LinkedHashSet<>(registry.all());
        all.addAll(declared.keySet());
        all.addAll(existingByName.keySet());
        List<ResourceKind<?>> ordered = new ArrayList<>(all);
        ordered.sort(KindOrder.INSTANCE);
        this.kinds = List.copyOf(ordered);
        for (ResourceKind<?> kind : kinds) {
            // The first kind in apply order with the key, as a search in that order finds.
            for (String key : kind.tomlKeys()) {
                kindsByKey.putIfAbsent(key, Optional.of(kind));
            }
        }
    }

    /** What a table is keyed by, besides the kind. */
    private enum Key {
        DECLARED_NAME, EXISTING_NAME;

        ResourceKind<?> kind(Object resource) {
            return this == DECLARED_NAME ? ((DeclaredResource<?>) resource).kind() : ((ExistingResource<?>) resource).kind();
        }

        String key(Object resource) {
            return this == DECLARED_NAME ? ((DeclaredResource<?>) resource).name() : ((ExistingResource<?>) resource).name();
        }
    }

    /** The least room a kind's table starts with; tables grow, so that no pass over the resources sizes them. */
    private static final int FIRST_ROOM = 16;

    /**
     * The room a kind's table starts with: as many as exist of the kind (the snapshot knows how
     * many without a pass), which most syncs declare about as many of; growing a table from
     * nothing to tens of thousands would allocate each size on the way.
     */
    private static int room(Snapshot snapshot, ResourceKind<?> kind) {
        return Math.max(FIRST_ROOM, snapshot.resources(kind).size());
    }

    /** One table as a task for {@link Parallel}: a named class, as a lambda would link a call site at start. */
    private static final class Table<R> implements Supplier<Map<ResourceKind<?>, Map<String, Object>>> {
        private final List<R> resources;
        private final Key key;
        private final List<R> repeats;
        private final Snapshot sizes;

        /** A table of {@code resources} by {@code key}, each kind's sized by what {@code sizes} holds of it. */
        Table(List<R> resources, Key key, List<R> repeats, Snapshot sizes) {
            this.resources = resources;
            this.key = key;
            this.repeats = repeats;
            this.sizes = sizes;
        }

        @Override
        public Map<ResourceKind<?>, Map<String, Object>> get() {
            return byKey(resources, key, repeats, sizes);
        }
    }

    /**
     * {@link Key#value}s of {@code resources} by kind, then by {@code key}; the first with a key
     * stands, the later ones go to {@code repeats} when given.
     */
    @SuppressWarnings("unchecked")
    private static <R> Map<ResourceKind<?>, Map<String, Object>> byKey(List<R> resources, Key key, List<R> repeats,
            Snapshot sizes) {
        Map<ResourceKind<?>, Map<String, Object>> table = new LinkedHashMap<>();
        ResourceKind<?> lastKind = null;
        NameTable<Object> ofKind = null;
        for (R resource : resources) {
            ResourceKind<?> itsKind = key.kind(resource);
            if (itsKind != lastKind) {
                // Resources of a kind mostly come in runs: one lookup per run.
                ofKind = (NameTable<Object>) table.get(itsKind);
                if (ofKind == null) {
                    ofKind = new NameTable<>(room(sizes, itsKind));
                    table.put(itsKind, ofKind);
                }
                lastKind = itsKind;
            }
            if (!ofKind.add(key.key(resource), resource) && repeats != null) {
                repeats.add(resource);
            }
        }
        return table;
    }

    /**
     * The existing resources by kind, then by name (what the task gives), and each one's name by
     * kind, then by id ({@link #ids}): both in one pass, so that each resource is read once.
     */
    private static final class ExistingTables implements Supplier<Map<ResourceKind<?>, Map<String, Object>>> {
        private final Snapshot snapshot;
        /** The names by id, once the task ran. */
        Map<ResourceKind<?>, IdNames> ids;

        ExistingTables(Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<ResourceKind<?>, Map<String, Object>> get() {
            Map<ResourceKind<?>, Map<String, Object>> byName = new LinkedHashMap<>();
            Map<ResourceKind<?>, IdNames> byId = new LinkedHashMap<>();
            ResourceKind<?> lastKind = null;
            NameTable<Object> names = null;
            IdNames idNames = null;
            for (ExistingResource<?> resource : snapshot.resources()) {
                ResourceKind<?> kind = resource.kind();
                if (kind != lastKind) {
                    names = (NameTable<Object>) byName.get(kind);
                    if (names == null) {
                        int room = room(snapshot, kind);
                        names = new NameTable<>(room);
                        byName.put(kind, names);
                        idNames = new IdNames(room);
                        byId.put(kind, idNames);
                    } else {
                        idNames = byId.get(kind);
                    }
                    lastKind = kind;
                }
                String name = resource.name();
                names.add(name, resource);
                idNames.putIfAbsent(resource.id(), name);
            }
            ids = byId;
            return byName;
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> Map<ResourceKind<?>, Map<String, R>> cast(Map<ResourceKind<?>, ?> table) {
        return (Map<ResourceKind<?>, Map<String, R>>) (Map<?, ?>) table;
    }

    /**
     * Whether what exists is known. Without a snapshot ({@code validate}), a name that no file
     * declares may exist, so the checks report it as undeclared rather than unresolved.
     */
    boolean existingKnown() {
        return existingKnown;
    }

    /** The declarations that repeat the kind and name of an earlier one, in declaration order. */
    List<DeclaredResource<?>> duplicates() {
        return duplicates;
    }

    /** Every kind known, in apply order. */
    List<ResourceKind<?>> kinds() {
        return kinds;
    }

    /** The kind with a TOML key, among those known. */
    Optional<ResourceKind<?>> kind(String key) {
        return kindsByKey.getOrDefault(key, Optional.empty());
    }

    /** The kind Komodo's API calls {@code variantName}. */
    Optional<ResourceKind<?>> kindByVariant(String variantName) {
        for (ResourceKind<?> kind : kinds) {
            if (kind.variantName().equals(variantName)) {
                return Optional.of(kind);
            }
        }
        return registry.byVariantName(variantName);
    }

    /** The declared resources of {@code kind} by name, the first of each name, in declaration order (unmodifiable). */
    Map<String, DeclaredResource<?>> declaredOf(ResourceKind<?> kind) {
        // Read-only already: a wrapper would add a call to every lookup.
        return declared.getOrDefault(kind, Map.of());
    }

    /**
     * The declarations of each kind, in declaration order (unmodifiable): when no name is declared
     * twice ({@link #duplicates} is empty), every declaration of the kind.
     */
    Map<ResourceKind<?>, List<DeclaredResource<?>>> declaredByKind() {
        Map<ResourceKind<?>, List<DeclaredResource<?>>> byKind = new HashMap<>();
        for (Map.Entry<ResourceKind<?>, Map<String, DeclaredResource<?>>> entry : declared.entrySet()) {
            byKind.put(entry.getKey(), ((NameTable<DeclaredResource<?>>) entry.getValue()).values());
        }
        return byKind;
    }

    /** The existing resources of {@code kind} by name, the first of each name, in snapshot order (unmodifiable). */
    Map<String, ExistingResource<?>> existingOf(ResourceKind<?> kind) {
        return existingByName.getOrDefault(kind, Map.of());
    }

    Optional<DeclaredResource<?>> declared(ResourceKind<?> kind, String name) {
        return Optional.ofNullable(declared.getOrDefault(kind, Map.of()).get(name));
    }

    Optional<ExistingResource<?>> existing(ResourceKind<?> kind, String name) {
        return Optional.ofNullable(existingByName.getOrDefault(kind, Map.of()).get(name));
    }

    /** The name of the existing resource of {@code kind} with {@code id}, or null when none has it. */
    String nameById(ResourceKind<?> kind, String id) {
        IdNames ofKind = nameById.get(kind);
        return ofKind == null ? null : ofKind.get(id);
    }

    /** Whether a resource of {@code kind} named {@code name} is declared or exists. */
    boolean known(ResourceKind<?> kind, String name) {
        Map<String, DeclaredResource<?>> declaredOfKind = declared.get(kind);
        if (declaredOfKind != null && declaredOfKind.containsKey(name)) {
            return true;
        }
        Map<String, ExistingResource<?>> existingOfKind = existingByName.get(kind);
        return existingOfKind != null && existingOfKind.containsKey(name);
    }

    /** The names of every declared and existing resource of {@code kind}, sorted, each once (unmodifiable). */
    List<String> names(ResourceKind<?> kind) {
        return sorted(kind, true).names();
    }

    /**
     * A kind's sorted names, made once per kind even when several reference checks ask at the same
     * time: by the first to ask. Another asking meanwhile waits for them, or with {@code wait} off
     * gets null and goes on with other work (at 100k resources a kind's sort takes milliseconds).
     */
    private NameSearch sorted(ResourceKind<?> kind, boolean wait) {
        SortedOnce once = names.get(kind);
        if (once == null) {
            once = names.computeIfAbsent(kind, newSortedOnce);
        }
        NameSearch search = once.search;
        if (search != null) {
            return search;
        }
        if (once.claim()) {
            try {
                search = sortedNames.apply(kind);
                once.search = search;
            } finally {
                once.done.countDown();
            }
            return search;
        }
        if (!wait) {
            return null;
        }
        boolean interrupted = false;
        while (true) {
            try {
                once.done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        search = once.search;
        // Null only when the sort failed on the thread that claimed it (a bug): that thread threw it.
        return search != null ? search : sortedNames.apply(kind);
    }

    /**
     * Claims {@code kind}'s sorted names as a thread starting to sort them does; running what it
     * returns sorts them, and releases who waits. The seam of the tests of checks that go on while
     * another thread sorts.
     */
    Runnable claimSort(ResourceKind<?> kind) {
        SortedOnce once = names.computeIfAbsent(kind, newSortedOnce);
        if (!once.claim()) {
            throw new IllegalStateException("the names of " + kind.key() + " are sorted or being sorted already");
        }
        return () -> {
            try {
                once.search = sortedNames.apply(kind);
            } finally {
                once.done.countDown();
            }
        };
    }

    /** One kind's sorted names, made by the thread that claims them; the others wait on {@link #done}. */
    private static final class SortedOnce {
        final CountDownLatch done = new CountDownLatch(1);
        volatile NameSearch search;
        private boolean claimed;

        synchronized boolean claim() {
            if (claimed) {
                return false;
            }
            claimed = true;
            return true;
        }
    }

    /** Makes a kind's {@link SortedOnce}: a named class, as a lambda links a call site at start. */
    private static final class NewSortedOnce implements Function<ResourceKind<?>, SortedOnce> {
        @Override
        public SortedOnce apply(ResourceKind<?> kind) {
            return new SortedOnce();
        }
    }

    /** Makes {@link #names}: a named class, as a lambda links a call site at start (docs/architecture.md). */
    private final class SortedNames implements Function<ResourceKind<?>, NameSearch> {
        @Override
        public NameSearch apply(ResourceKind<?> kind) {
            Map<String, DeclaredResource<?>> declaredOfKind = declared.getOrDefault(kind, Map.of());
            Map<String, ExistingResource<?>> existingOfKind = existingByName.getOrDefault(kind, Map.of());
            Set<String> declaredNames = declaredOfKind.keySet();
            List<String> both = new ArrayList<>(declaredNames.size() + existingOfKind.size());
            both.addAll(declaredNames);
            if (existingOfKind instanceof NameTable<?> existingTable && declaredOfKind instanceof NameTable<?> declaredTable) {
                // The existing names no declaration has, from the two tables' own copies of the names.
                int[] inDeclared = existingTable.positionsIn(declaredTable);
                for (int position = 0; position < inDeclared.length; position++) {
                    if (inDeclared[position] < 0) {
                        both.add(existingTable.keyAt(position));
                    }
                }
            } else {
                for (String name : existingOfKind.keySet()) {
                    if (!declaredNames.contains(name)) {
                        both.add(name);
                    }
                }
            }
            return NameSearch.of(both.toArray(new String[0]));
        }
    }

    /**
     * The names of {@link #names} that {@code matcher} matches, sorted; only those that start
     * with the matcher's literal prefix are tried, so that a batch pattern costs little more
     * than its matches.
     */
    List<String> matching(ResourceKind<?> kind, NameMatcher matcher) {
        List<String> matches = new ArrayList<>();
        String prefix = matcher.literalPrefix();
        NameSearch search = sorted(kind, true);
        List<String> all = search.names();
        for (int i = search.firstAtOrAfter(prefix); i < all.size() && all.get(i).startsWith(prefix); i++) {
            if (matcher.matches(all.get(i))) {
                matches.add(all.get(i));
            }
        }
        return matches;
    }

    /** Whether {@code matcher} matches any of {@link #names}. */
    boolean anyMatches(ResourceKind<?> kind, NameMatcher matcher) {
        return anyMatches(sorted(kind, true), matcher);
    }

    /**
     * Whether {@code matcher} matches any of {@link #names}, sorting them if no other thread is;
     * null while another thread is sorting them (then nothing waits).
     */
    Boolean anyMatchesIfSorted(ResourceKind<?> kind, NameMatcher matcher) {
        NameSearch search = sorted(kind, false);
        return search == null ? null : anyMatches(search, matcher);
    }

    private static boolean anyMatches(NameSearch search, NameMatcher matcher) {
        String prefix = matcher.literalPrefix();
        List<String> all = search.names();
        for (int i = search.firstAtOrAfter(prefix); i < all.size() && all.get(i).startsWith(prefix); i++) {
            if (matcher.matches(all.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether stored reference {@code stored} is the id of an existing resource of {@code kind}
     * named {@code name}, line endings aside: then {@link #nameOfStored} gives {@code name}'s text.
     * False may also mean that only {@link #nameOfStored} can tell.
     */
    boolean storedIdNames(ResourceKind<?> kind, String stored, String name) {
        IdNames ofKind = nameById.get(kind);
        return ofKind != null && ofKind.nameIs(stored, name);
    }

    /**
     * The name a stored reference stands for (behaviour §4.3): the name of the resource whose id
     * it is; a name that is already a resource's name stays (alerter targets are stored as
     * written); anything else resolves to nothing, as in Komodo.
     */
    String nameOfStored(ResourceKind<?> kind, String stored) {
        if (stored.isEmpty()) {
            return stored;
        }
        String byId = nameById(kind, stored);
        if (byId != null) {
            return byId;
        }
        return existing(kind, stored).isPresent() ? stored : "";
    }
}
