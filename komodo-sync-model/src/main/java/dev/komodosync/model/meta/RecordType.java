package dev.komodosync.model.meta;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The reflected record. {@code indexes} (by identity) and {@code byKey} make {@link #get} and
     * {@link #field} constant-time: the planner and the binder call them for every value.
     */
    private record Resolved(List<FieldSpec> fields, List<Method> accessors, Constructor<?> constructor,
            Map<FieldSpec, Integer> indexes, Map<String, FieldSpec> byKey) {}

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
        Variant variant = javaType.getAnnotation(Variant.class);
        return variant != null ? variant.value() : javaType.getSimpleName();
    }

    /** The fields, in declaration order. */
    public List<FieldSpec> fields() {
        return resolved().fields();
    }

    /** The field with the canonical key or alias {@code key}. */
    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(resolved().byKey().get(key));
    }

    /** The field a bare string binds to, if the record has a {@link ScalarForm}. */
    public Optional<FieldSpec> scalarField() {
        ScalarForm scalar = javaType.getAnnotation(ScalarForm.class);
        return scalar == null ? Optional.empty() : field(scalar.value());
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
        Method accessor = resolved().accessors().get(index);
        try {
            return accessor.invoke(instance);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + javaType.getName() + "." + field.javaName(), e);
        }
    }

    /** The values of every field of {@code instance}, in field order. */
    public List<Object> values(Object instance) {
        return fields().stream().map(f -> get(instance, f)).toList();
    }

    /**
     * A new instance from one value per field, in field order, each of the Java type the field
     * expects.
     *
     * @throws IllegalArgumentException when the values do not fit the record
     */
    public Object create(List<?> values) {
        Resolved r = resolved();
        if (values.size() != r.fields().size()) {
            throw new IllegalArgumentException(javaType.getName() + " has " + r.fields().size()
                    + " fields, got " + values.size() + " values");
        }
        try {
            return r.constructor().newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot create " + javaType.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + javaType.getName(), e);
        }
    }

    /**
     * A copy of {@code instance} with the field whose key or alias is {@code key} set to
     * {@code value}.
     *
     * @throws IllegalArgumentException when there is no such field, or the value does not fit it
     */
    public Object with(Object instance, String key, Object value) {
        FieldSpec target = field(key).orElseThrow(() -> new IllegalArgumentException(
                javaType.getSimpleName() + " has no field `" + key + "`"));
        List<Object> values = new ArrayList<>(values(instance));
        values.set(indexOf(target), value);
        return create(values);
    }

    /** The instance holding every field's default. */
    public Object defaults() {
        Object value = defaults;
        if (value == null) {
            value = create(fields().stream().map(TypeResolver::defaultValue).toList());
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
        RecordComponent[] components = javaType.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException("not a record: " + javaType.getName());
        }
        List<FieldSpec> fields = Arrays.stream(components).map(TypeResolver::field).toList();
        List<Method> accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toList();
        // Skips the access check of every call where the module system allows it (class path, open packages).
        accessors.forEach(Method::trySetAccessible);
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Map<FieldSpec, Integer> indexes = new IdentityHashMap<>();
        Map<String, FieldSpec> byKey = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            indexes.put(field, i);
            // The first field in order whose key or alias it is, as a linear search would find.
            byKey.putIfAbsent(field.key(), field);
            field.aliases().forEach(alias -> byKey.putIfAbsent(alias, field));
        }
        try {
            return new Resolved(fields, accessors, javaType.getDeclaredConstructor(parameterTypes), indexes, byKey);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + javaType.getName(), e);
        }
    }
}
