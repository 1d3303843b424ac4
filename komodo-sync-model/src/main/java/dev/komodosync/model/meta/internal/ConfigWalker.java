package dev.komodosync.model.meta.internal;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Visits every field of a value and of everything it holds (nested records, list elements,
 * union params, map values), in declaration order, with canonical paths: the one walk the parser's
 * checks and the planner's reference and secret handling share, so none of them is written per kind.
 */
public final class ConfigWalker {

    private ConfigWalker() {}

    /**
     * Walks {@code value} of {@code type}, calling {@code visitor} for each field of each record
     * reached; {@code prefix} starts the paths (e.g. {@code config}, or empty).
     */
    public static void walk(ValueType type, Object value, String prefix, Consumer<FieldValue> visitor) {
        if (type instanceof RecordType record) {
            List<FieldSpec> fields = record.fields();
            for (int i = 0; i < fields.size(); i++) {
                FieldSpec field = fields.get(i);
                Object fieldValue = record.get(value, i);
                String path = join(prefix, field.key());
                visitor.accept(new FieldValue(field, fieldValue, path, record, value));
                walk(field.type(), fieldValue, path, visitor);
            }
        } else if (type instanceof UnionType union) {
            RecordType variant = union.variantOf(value);
            walk(variant, value, join(prefix, union.contentKey()), visitor);
        } else if (type instanceof ValueType.ListType list) {
            List<?> elements = (List<?>) value;
            for (int i = 0; i < elements.size(); i++) {
                walk(list.element(), elements.get(i), prefix + "[" + i + "]", visitor);
            }
        } else if (type instanceof ValueType.OptionalType optional) {
            ((Optional<?>) value).ifPresent(inner -> walk(optional.value(), inner, prefix, visitor));
        } else if (type instanceof ValueType.MapType map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object key = entry.getKey();
                String name = key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key);
                walk(map.value(), entry.getValue(), join(prefix, name), visitor);
            }
        }
    }

    /**
     * Walks {@code value} like {@link #walk(ValueType, Object, String, Consumer)}, but calls
     * {@code visitor} only for the fields {@code selection} wants, in the same order, and does not
     * descend into values whose type cannot hold such a field. Much cheaper when few fields
     * matter (a check of every reference, of every interpolated text).
     */
    public static void walk(ValueType type, Object value, String prefix, Selection selection,
            Consumer<FieldValue> visitor) {
        walk(type, value, new Path(null, prefix, -1), selection, visitor);
    }

    private static void walk(ValueType type, Object value, Path prefix, Selection selection, Consumer<FieldValue> visitor) {
        if (type instanceof RecordType record) {
            Selection.Plan plan = selection.plan(record);
            List<FieldSpec> fields = record.fields();
            for (int i = 0; i < fields.size(); i++) {
                boolean wanted = plan.wanted()[i];
                boolean descend = plan.descend()[i];
                if (!wanted && !descend) {
                    continue;
                }
                FieldSpec field = fields.get(i);
                Object fieldValue = record.get(value, i);
                if (!descend) {
                    // Most wanted fields are leaves: their path is made only if asked for.
                    visitor.accept(new FieldValue(field, fieldValue, prefix, field.key(), record, value));
                    continue;
                }
                Path path = prefix.key(field.key());
                if (wanted) {
                    visitor.accept(new FieldValue(field, fieldValue, path, record, value));
                }
                walk(field.type(), fieldValue, path, selection, visitor);
            }
        } else if (type instanceof UnionType union) {
            RecordType variant = union.variantOf(value);
            walk(variant, value, prefix.key(union.contentKey()), selection, visitor);
        } else if (type instanceof ValueType.ListType list) {
            List<?> elements = (List<?>) value;
            for (int i = 0; i < elements.size(); i++) {
                walk(list.element(), elements.get(i), prefix.index(i), selection, visitor);
            }
        } else if (type instanceof ValueType.OptionalType optional) {
            ((Optional<?>) value).ifPresent(inner -> walk(optional.value(), inner, prefix, selection, visitor));
        } else if (type instanceof ValueType.MapType map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object key = entry.getKey();
                String name = key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key);
                walk(map.value(), entry.getValue(), prefix.key(name), selection, visitor);
            }
        }
    }

    /**
     * A canonical path as a chain from the walk's start, written out only when asked for (a
     * {@link FieldValue}'s path): {@code key} below the parent, or element {@code index} of it.
     */
    private static final class Path implements java.util.function.Supplier<String> {
        private final Path parent;
        private final String key;
        private final int index;
        private String text;

        Path(Path parent, String key, int index) {
            this.parent = parent;
            this.key = key;
            this.index = index;
        }

        Path key(String name) {
            return new Path(this, name, -1);
        }

        Path index(int element) {
            return new Path(this, null, element);
        }

        @Override
        public String get() {
            String made = text;
            if (made == null) {
                if (parent == null) {
                    made = key;
                } else if (key == null) {
                    made = parent.get() + "[" + index + "]";
                } else {
                    made = join(parent.get(), key);
                }
                text = made;
            }
            return made;
        }
    }

    /**
     * The fields a {@link #walk(ValueType, Object, String, Selection, Consumer) selective walk}
     * visits. Keep one instance per purpose (a constant): it remembers which types can hold a
     * wanted field. Thread-safe.
     */
    public static final class Selection {
        private final Predicate<FieldSpec> wanted;
        /** Per record or union type (compared by identity), whether it can hold a wanted field. */
        private final Map<ValueType, Boolean> holds = new ConcurrentHashMap<>();
        /** Per record type (compared by identity), which fields to visit and which to descend into. */
        private final Map<RecordType, Plan> plans = new ConcurrentHashMap<>();

        /** For each field of a record, by index: visit it, descend into it, and either ({@link #reach}). */
        record Plan(boolean[] wanted, boolean[] descend, Reach reach) {}

        /**
         * Which fields of one record type a selection reaches, as {@link #reaches} answers: asked
         * once before a loop over a record's fields, rather than once per field (a plan of 100k
         * resources loops over millions of fields).
         */
        public static final class Reach {
            private final boolean[] reaches;

            private Reach(boolean[] reaches) {
                this.reaches = reaches;
            }

            /** Whether field {@code index} is wanted, or can hold a wanted field at any depth. */
            public boolean at(int index) {
                return reaches[index];
            }
        }

        private Selection(Predicate<FieldSpec> wanted) {
            this.wanted = wanted;
        }

        /** The fields {@code wanted} accepts. */
        public static Selection of(Predicate<FieldSpec> wanted) {
            return new Selection(requireNonNull(wanted, "wanted"));
        }

        /**
         * Whether field {@code index} of {@code record} is wanted, or can hold a wanted field at any
         * depth: whether a selective walk would visit it or descend into it.
         */
        public boolean reaches(RecordType record, int index) {
            return plan(record).reach().at(index);
        }

        /** Which fields of {@code record} this selection {@linkplain #reaches reaches}. */
        public Reach reach(RecordType record) {
            return plan(record).reach();
        }

        Plan plan(RecordType record) {
            Plan plan = plans.get(record);
            if (plan == null) {
                List<FieldSpec> fields = record.fields();
                boolean[] visit = new boolean[fields.size()];
                boolean[] descend = new boolean[fields.size()];
                boolean[] reaches = new boolean[fields.size()];
                for (int i = 0; i < fields.size(); i++) {
                    visit[i] = wanted.test(fields.get(i));
                    descend[i] = mayHold(fields.get(i).type());
                    reaches[i] = visit[i] || descend[i];
                }
                plan = new Plan(visit, descend, new Reach(reaches));
                plans.put(record, plan);
            }
            return plan;
        }

        /**
         * Whether a value of {@code type} can hold a wanted field, at any depth. Only records and
         * unions are remembered: they are one object per class, so the map hashes by identity and
         * never calls a record's generated {@code hashCode} (costly on the first call of a run).
         */
        private boolean mayHold(ValueType type) {
            if (type instanceof ValueType.ListType list) {
                return mayHold(list.element());
            }
            if (type instanceof ValueType.OptionalType optional) {
                return mayHold(optional.value());
            }
            if (type instanceof ValueType.MapType map) {
                return mayHold(map.value());
            }
            if (!(type instanceof RecordType) && !(type instanceof UnionType)) {
                return false;
            }
            Boolean known = holds.get(type);
            if (known != null) {
                return known;
            }
            // A type that refers to itself is taken to hold one while it is being worked out.
            holds.put(type, true);
            boolean result = compute(type);
            holds.put(type, result);
            return result;
        }

        private boolean compute(ValueType type) {
            if (type instanceof RecordType record) {
                for (FieldSpec field : record.fields()) {
                    if (wanted.test(field) || mayHold(field.type())) {
                        return true;
                    }
                }
                return false;
            }
            for (RecordType variant : ((UnionType) type).variants()) {
                if (mayHold(variant)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code prefix.key}, or {@code key} at the start. */
    static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
