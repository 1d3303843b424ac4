package dev.komodosync.diff.render.internal;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Secret;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.FieldValue;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What must not be echoed from a source line: the values of the declaration's secret fields and
 * secret variables, and the keys that are a secret field somewhere in the model
 * ({@code webhook_secret}, {@code token}, …), whose values {@link SecretLines} masks wherever they
 * are written, which covers files too broken to be read. Immutable; not API.
 */
public final class SecretMask {

    /** The fields whose values are secrets: only these are visited. */
    private static final ConfigWalker.Selection SECRETS = ConfigWalker.Selection.of(new IsSecret());

    // Named classes rather than lambdas: each lambda links a call site the first time it runs,
    // which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Whether a field holds a secret. */
    private static final class IsSecret implements Predicate<FieldSpec> {
        @Override
        public boolean test(FieldSpec field) {
            return field.type() instanceof ValueType.SecretType;
        }
    }

    /** The longest first, then alphabetically. */
    private static final class LongestFirst implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return a.length() != b.length() ? b.length() - a.length() : a.compareTo(b);
        }
    }

    /** Collects the non-empty secret values a walk visits. */
    private static final class SecretValues implements Consumer<FieldValue> {
        private final Set<String> values;

        SecretValues(Set<String> values) {
            this.values = values;
        }

        @Override
        public void accept(FieldValue field) {
            if (field.value() instanceof Secret secret && !secret.isEmpty()) {
                values.add(secret.reveal());
            }
        }
    }

    private final Set<String> keys;
    /**
     * What {@link #maskValues} looks for, in order: the stripped lines of every secret value (the
     * longest values first) that are long enough to mask, worked out once rather than per line.
     */
    private final List<String> pieces;
    /** The indexes of {@link #pieces} by their first two characters, for those without a {@code *} there. */
    private final Map<Integer, int[]> byFirstPair;
    /** The pieces starting with a {@code *} in their first two characters, as bits by index: tried on every line. */
    private final long[] alwaysTried;

    private SecretMask(Set<String> values, Set<String> keys) {
        this.keys = keys;
        List<String> found = new ArrayList<>();
        for (String value : values) {
            for (String piece : value.split("\n")) {
                String stripped = piece.strip();
                if (stripped.length() >= 4) {
                    found.add(stripped);
                }
            }
        }
        this.pieces = List.copyOf(found);
        Map<Integer, List<Integer>> starting = new HashMap<>();
        this.alwaysTried = new long[(pieces.size() + 63) / 64];
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            char first = piece.charAt(0);
            char second = piece.charAt(1);
            if (first == '*' || second == '*') {
                alwaysTried[i >>> 6] |= 1L << i;
            } else {
                // No lambda: the printer is made on every run's start-up path (docs/architecture.md).
                List<Integer> ofPair = starting.get(pair(first, second));
                if (ofPair == null) {
                    ofPair = new ArrayList<>();
                    starting.put(pair(first, second), ofPair);
                }
                ofPair.add(i);
            }
        }
        Map<Integer, int[]> byPair = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> entry : starting.entrySet()) {
            int[] indexes = new int[entry.getValue().size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = entry.getValue().get(i);
            }
            byPair.put(entry.getKey(), indexes);
        }
        this.byFirstPair = byPair;
    }

    /** The secrets of {@code declaration}, and every secret key of the built-in model. */
    public static SecretMask of(Declaration declaration) {
        Set<String> values = new TreeSet<>(new LongestFirst());
        SecretValues collect = new SecretValues(values);
        for (DeclaredResource<?> resource : declaration.resources()) {
            ConfigWalker.walk(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), "", SECRETS,
                    collect);
        }
        for (DeclaredVariable variable : declaration.variables()) {
            Variable value = variable.variable();
            if (value.secret() && !value.value().isEmpty()) {
                values.add(value.value().reveal());
            }
        }
        return new SecretMask(Collections.unmodifiableSet(values), secretKeys(declaration));
    }

    /** A mask of {@code values} (looked for longest first) and {@code keys}, as {@link #of} makes one. */
    static SecretMask of(Set<String> values, Set<String> keys) {
        Set<String> ordered = new TreeSet<>(new LongestFirst());
        ordered.addAll(values);
        return new SecretMask(Collections.unmodifiableSet(ordered), Set.copyOf(keys));
    }

    /** The secret keys of the built-in model (and the kinds discovered), without any declaration. */
    public static Set<String> builtInKeys() {
        return secretKeys(Declaration.empty());
    }

    /** The keys that are secret fields somewhere in the model. */
    public Set<String> keySet() {
        return keys;
    }

    /** {@code line} with every known secret value in it replaced by {@code ***}. */
    public String maskValues(String line) {
        if (pieces.isEmpty()) {
            return line;
        }
        // The pieces that can be in the line, in their order: those whose first two characters are
        // next to each other in it. A replacement only puts `***` where a piece was, so the pairs of
        // the masked line are the line's own and pairs with a `*` — pieces starting with such a
        // pair are always tried. A sync with hundreds of secrets tries a few per echoed line.
        long[] candidates = alwaysTried.clone();
        for (int i = 0; i + 1 < line.length(); i++) {
            int[] starting = byFirstPair.get(pair(line.charAt(i), line.charAt(i + 1)));
            if (starting != null) {
                for (int piece : starting) {
                    candidates[piece >>> 6] |= 1L << piece;
                }
            }
        }
        String masked = line;
        for (int word = 0; word < candidates.length; word++) {
            for (long bits = candidates[word]; bits != 0; bits &= bits - 1) {
                String piece = pieces.get(word * 64 + Long.numberOfTrailingZeros(bits));
                if (masked.contains(piece)) {
                    masked = masked.replace(piece, Secret.MASK);
                }
            }
        }
        return masked;
    }

    /** Two characters as one key. */
    private static Integer pair(char first, char second) {
        return (first << 16) | second;
    }

    private static Set<String> secretKeys(Declaration declaration) {
        Set<String> keys = new HashSet<>();
        Deque<ValueType> todo = new ArrayDeque<>();
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            todo.add(ConfigTypes.of(kind.configClass()));
        }
        for (DeclaredResource<?> resource : declaration.resources()) {
            todo.add(ConfigTypes.of(resource.kind().configClass()));
        }
        todo.add(RecordType.of(UserGroup.class));
        // By identity: records and unions are one object per class, and the other types are walked
        // through (hashing them would call the records' generated hashCode, costly at start-up).
        Set<ValueType> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            ValueType type = todo.pop();
            if ((type instanceof RecordType || type instanceof UnionType) && !seen.add(type)) {
                continue;
            }
            if (type instanceof RecordType record) {
                for (FieldSpec field : record.fields()) {
                    if (field.secret()) {
                        keys.addAll(field.allKeys());
                    }
                    todo.add(field.type());
                }
            } else if (type instanceof UnionType union) {
                for (RecordType variant : union.variants()) {
                    todo.add(variant);
                }
            } else if (type instanceof ValueType.ListType list) {
                todo.add(list.element());
            } else if (type instanceof ValueType.OptionalType optional) {
                todo.add(optional.value());
            } else if (type instanceof ValueType.MapType map) {
                todo.add(map.value());
            }
        }
        return Set.copyOf(keys);
    }
}
