package dev.komodosync.model.meta.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@link RecordAccess} through reflection, for records the build did not generate code for
 * (plug-in kinds): accessors become generated lambdas where this module can see the record, and
 * the canonical constructor a method handle. Costs class generation at first use, which the
 * built-in model avoids.
 */
final class ReflectiveAccess implements RecordAccess {

    private final Class<?> javaType;
    private final List<Function<Object, Object>> getters;
    private final MethodHandle constructor;

    private ReflectiveAccess(Class<?> javaType, List<Function<Object, Object>> getters, MethodHandle constructor) {
        this.javaType = javaType;
        this.getters = getters;
        this.constructor = constructor;
    }

    static ReflectiveAccess of(Class<?> javaType) {
        RecordComponent[] components = javaType.getRecordComponents();
        List<Method> accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toList();
        // Skips the access check of every call where the module system allows it (class path, open packages).
        accessors.forEach(Method::trySetAccessible);
        List<Function<Object, Object>> getters = accessors.stream().map(accessor -> getter(javaType, accessor)).toList();
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor;
        try {
            constructor = javaType.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + javaType.getName(), e);
        }
        constructor.trySetAccessible();
        try {
            MethodHandle create = MethodHandles.lookup().unreflectConstructor(constructor)
                    .asSpreader(Object[].class, parameterTypes.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new ReflectiveAccess(javaType, getters, create);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reach the constructor of " + javaType.getName()
                    + "; export its package to dev.komodosync.model", e);
        }
    }

    @Override
    public Object get(Object instance, int index) {
        return getters.get(index).apply(instance);
    }

    @Override
    public Object create(Object[] values) {
        try {
            return (Object) constructor.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create " + javaType.getName(), e);
        }
    }

    private static boolean visibleToThisLibrary(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, ReflectiveAccess.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return false;
        }
    }

    /**
     * A function calling {@code accessor}: a generated class calling it directly where this class
     * can see the record (an exported or open package), and reflection where it cannot.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Class<?> javaType, Method accessor) {
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
