package dev.komodosync.model.meta.internal;

import dev.komodosync.model.meta.ScalarForm;
import dev.komodosync.model.meta.Union;
import dev.komodosync.model.meta.Variant;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * The reflected record. {@code indexes} (by identity) and {@code byKey} make {@link #get} and
     * {@link #field} constant-time, and {@code getters} and {@code constructor} make reading and
     * building cost about what direct calls cost: the planner and the binder do it for every value.
     */
    private record Resolved(List<FieldSpec> fields, List<Function<Object, Object>> getters, MethodHandle constructor,
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
        String name = variantName;
        if (name == null) {
            Variant variant = javaType.getAnnotation(Variant.class);
            name = variant != null ? variant.value() : javaType.getSimpleName();
            variantName = name;
        }
        return name;
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
        return resolved().getters().get(index).apply(instance);
    }

    /** The values of every field of {@code instance}, in field order. */
    public List<Object> values(Object instance) {
        if (!javaType.isInstance(instance)) {
            throw new IllegalArgumentException("not a " + javaType.getName() + ": "
                    + (instance == null ? "null" : instance.getClass().getName()));
        }
        List<Function<Object, Object>> getters = resolved().getters();
        Object[] values = new Object[getters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = getters.get(i).apply(instance);
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
        Resolved r = resolved();
        if (values.size() != r.fields().size()) {
            throw new IllegalArgumentException(javaType.getName() + " has " + r.fields().size()
                    + " fields, got " + values.size() + " values");
        }
        try {
            return (Object) r.constructor().invokeExact(values.toArray());
        } catch (RuntimeException e) {
            // A value of the wrong type, or the record's own checks refusing one.
            throw new IllegalArgumentException("cannot create " + javaType.getName() + ": " + e, e);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
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
        List<Function<Object, Object>> getters = accessors.stream().map(this::getter).toList();
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
        Constructor<?> constructor;
        try {
            constructor = javaType.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + javaType.getName(), e);
        }
        constructor.trySetAccessible();
        MethodHandle create;
        try {
            create = MethodHandles.lookup().unreflectConstructor(constructor)
                    .asSpreader(Object[].class, parameterTypes.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reach the constructor of " + javaType.getName()
                    + "; export its package to dev.komodosync.model", e);
        }
        return new Resolved(fields, getters, create, indexes, byKey);
    }

    private static boolean visibleToThisLibrary(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, RecordType.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return false;
        }
    }

    /**
     * A function calling {@code accessor}: a generated class calling it directly where this class
     * can see the record (an exported or open package), and reflection where it cannot.
     */
    @SuppressWarnings("unchecked")
    private Function<Object, Object> getter(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            lookup.accessClass(javaType);
            MethodHandle handle = lookup.unreflect(accessor);
            if (!visibleToThisLibrary(javaType)) {
                // A generated class would name the record from this library's class loader, which
                // cannot see a plug-in's loader (--plugins): call the handle instead.
                MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
                return instance -> {
                    try {
                        return (Object) generic.invokeExact(instance);
                    } catch (RuntimeException | Error failure) {
                        throw failure;
                    } catch (Throwable failure) {
                        throw new IllegalStateException("cannot read " + javaType.getName() + "." + accessor.getName(),
                                failure);
                    }
                };
            }
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(accessor.getReturnType(), javaType).wrap().changeParameterType(0, javaType));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            return instance -> {
                try {
                    return accessor.invoke(instance);
                } catch (IllegalAccessException | InvocationTargetException failure) {
                    throw new IllegalStateException("cannot read " + javaType.getName() + "." + accessor.getName(),
                            failure);
                }
            };
        }
    }
}
