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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
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
        String masked = line;
        for (String piece : pieces) {
            if (masked.contains(piece)) {
                masked = masked.replace(piece, Secret.MASK);
            }
        }
        return masked;
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
