package dev.komodosync.model.meta.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import dev.komodosync.model.meta.ScalarForm;
import dev.komodosync.model.meta.Union;
import dev.komodosync.model.meta.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of a config record: its fields in declaration order, its defaults, and how to
 * read and build instances generically. Obtained with {@link #of(Class)}; one instance per class.
 *
 * <p>Declaration order is Komodo's field order, which export and plan rendering follow.
 */
public final class RecordType implements ValueType {

    private final Class<?> javaType;
    private volatile Resolved resolved;
    private volatile Object defaults;
    private volatile String variantName;
    private volatile SerializedString[] jsonKeys;
    private volatile SerializedString[] jsonExportKeys;

    /**
     * The resolved record. {@code indexes} (by identity) and {@code byKey} make {@link #get} and
     * {@link #field} constant-time, and {@code access} makes reading and building cost about what
     * direct calls cost: the planner and the binder do it for every value.
     */
    private record Resolved(List<FieldSpec> fields, RecordAccess access, Map<FieldSpec, Integer> indexes,
            Map<String, FieldSpec> byKey, Map<String, Integer> slots) {}

    RecordType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The description of {@code recordClass}. */
    public static RecordType of(Class<?> recordClass) {
        return TypeResolver.record(recordClass);
    }

    /** The record class. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The name of this record as a variant of a {@link Union}: {@link Variant}, or the simple name. */
    public String variantName() {
        String name = variantName;
        if (name == null) {
            name = classFacts().variantName();
            variantName = name;
        }
        return name;
    }

    /** The fields, in declaration order. */
    public List<FieldSpec> fields() {
        return resolved().fields();
    }

    /**
     * The fields' keys, in field order, as a JSON generator writes them ready encoded: the canonical
     * keys, or the export keys. Writing a large snapshot encodes each key once, not once per record.
     */
    public SerializedString[] jsonKeys(boolean canonical) {
        SerializedString[] keys = canonical ? jsonKeys : jsonExportKeys;
        if (keys == null) {
            List<FieldSpec> fields = fields();
            keys = new SerializedString[fields.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = new SerializedString(canonical ? fields.get(i).key() : fields.get(i).exportKey());
            }
            if (canonical) {
                jsonKeys = keys;
            } else {
                jsonExportKeys = keys;
            }
        }
        return keys;
    }

    /** The field with the canonical key or alias {@code key}. */
    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(resolved().byKey().get(key));
    }

    /**
     * The index in {@link #fields()} of the field whose key or alias is {@code key}, or -1: what
     * {@link #field} and {@link #indexOf} give in one lookup, without an {@code Optional}, for a
     * binder's loop over every key of a big sync.
     */
    public int slotOf(String key) {
        Integer slot = resolved().slots().get(key);
        return slot != null ? slot : -1;
    }

    /** The field a bare string binds to, if the record has a {@link ScalarForm}. */
    public Optional<FieldSpec> scalarField() {
        String key = classFacts().scalarKey();
        return key == null ? Optional.empty() : field(key);
    }

    private BuiltInRecords.ClassFacts classFacts() {
        BuiltInRecords.ClassFacts facts = BuiltInRecords.classFacts(javaType);
        if (facts == null) {
            Variant variant = javaType.getAnnotation(Variant.class);
            ScalarForm scalar = javaType.getAnnotation(ScalarForm.class);
            facts = new BuiltInRecords.ClassFacts(variant != null ? variant.value() : javaType.getSimpleName(),
                    scalar != null ? scalar.value() : null);
        }
        return facts;
    }

    /**
     * The position of {@code field} in {@link #fields()}, or -1: as {@code fields().indexOf(field)},
     * in constant time for the field objects {@link #fields()} holds.
     */
    public int indexOf(FieldSpec field) {
        Resolved r = resolved();
        Integer index = r.indexes().get(field);
        return index != null ? index : r.fields().indexOf(field);
    }

    /** The value of {@code field} in {@code instance}. */
    public Object get(Object instance, FieldSpec field) {
        int index = indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException(javaType.getName() + " has no field " + field.javaName());
        }
        return get(instance, index);
    }

    /**
     * The value of field {@code index} (its position in {@link #fields()}) in {@code instance}: as
     * {@code get(instance, fields().get(index))}, without looking the field up.
     *
     * @throws IndexOutOfBoundsException when the record has no field {@code index}
     */
    public Object get(Object instance, int index) {
        if (!javaType.isInstance(instance)) {
            throw new IllegalArgumentException("not a " + javaType.getName() + ": "
                    + (instance == null ? "null" : instance.getClass().getName()));
        }
        return resolved().access().get(instance, index);
    }

    /** The values of every field of {@code instance}, in field order. */
    public List<Object> values(Object instance) {
        if (!javaType.isInstance(instance)) {
            throw new IllegalArgumentException("not a " + javaType.getName() + ": "
                    + (instance == null ? "null" : instance.getClass().getName()));
        }
        Resolved r = resolved();
        Object[] values = new Object[r.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.access().get(instance, i);
        }
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /**
     * A new instance from one value per field, in field order, each of the Java type the field
     * expects.
     *
     * @throws IllegalArgumentException when the values do not fit the record
     */
    public Object create(List<?> values) {
        return createFrom(values.toArray());
    }

    /**
     * As {@link #create(List)}, from an array of the values that is not kept: a binder's values
     * go to the record's constructor without being copied into a list and out again.
     *
     * @throws NullPointerException if a value is null
     */
    public Object createFrom(Object[] values) {
        Resolved r = resolved();
        if (values.length != r.fields().size()) {
            throw new IllegalArgumentException(javaType.getName() + " has " + r.fields().size()
                    + " fields, got " + values.length + " values");
        }
        for (Object value : values) {
            Objects.requireNonNull(value, "value");
        }
        try {
            return r.access().create(values);
        } catch (RuntimeException e) {
            // A value of the wrong type, or the record's own checks refusing one.
            throw new IllegalArgumentException("cannot create " + javaType.getName() + ": " + e, e);
        }
    }

    /**
     * A copy of {@code instance} with the field whose key or alias is {@code key} set to
     * {@code value}.
     *
     * @throws IllegalArgumentException when there is no such field, or the value does not fit it
     */
    public Object with(Object instance, String key, Object value) {
        Optional<FieldSpec> field = field(key);
        if (field.isEmpty()) {
            throw new IllegalArgumentException(javaType.getSimpleName() + " has no field `" + key + "`");
        }
        FieldSpec target = field.get();
        List<Object> values = new ArrayList<>(values(instance));
        values.set(indexOf(target), value);
        return create(values);
    }

    /** The instance holding every field's default. */
    public Object defaults() {
        Object value = defaults;
        if (value == null) {
            List<FieldSpec> fields = fields();
            List<Object> values = new ArrayList<>(fields.size());
            for (FieldSpec field : fields) {
                values.add(TypeResolver.defaultValue(field));
            }
            value = create(values);
            defaults = value;
        }
        return value;
    }

    /** The default of one field. */
    public Object defaultValue(FieldSpec field) {
        return get(defaults(), field);
    }

    @Override
    public Object zero() {
        return defaults();
    }

    @Override
    public String describe() {
        return "a table";
    }

    @Override
    public String toString() {
        return "RecordType[" + javaType.getName() + "]";
    }

    private Resolved resolved() {
        Resolved value = resolved;
        if (value == null) {
            synchronized (this) {
                value = resolved;
                if (value == null) {
                    value = resolve();
                    resolved = value;
                }
            }
        }
        return value;
    }

    private Resolved resolve() {
        BuiltInRecords.Description builtIn = BuiltInRecords.describe(javaType);
        List<FieldSpec> fields;
        RecordAccess access;
        if (builtIn != null) {
            fields = builtIn.fields();
            access = builtIn.access();
        } else {
            fields = TypeResolver.fields(javaType);
            access = ReflectiveAccess.of(javaType);
        }
        Map<FieldSpec, Integer> indexes = new IdentityHashMap<>();
        Map<String, FieldSpec> byKey = new HashMap<>();
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            indexes.put(field, i);
            // The first field in order whose key or alias it is, as a linear search would find.
            if (byKey.putIfAbsent(field.key(), field) == null) {
                slots.put(field.key(), i);
            }
            for (String alias : field.aliases()) {
                if (byKey.putIfAbsent(alias, field) == null) {
                    slots.put(alias, i);
                }
            }
        }
        return new Resolved(fields, access, indexes, byKey, slots);
    }
}
