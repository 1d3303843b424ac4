package dev.komodosync.diff.plan.internal;

import static java.lang.invoke.MethodType.methodType;

import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.model.meta.internal.ValueType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * Makes {@link FieldChange}s and reads their value type, which the public class keeps private:
 * the type is how the renderers show a value, and an implementation type of the model, so it
 * has no place in the public API. The implementation reaches it through a private lookup (every
 * package of the module is open), which keeps {@code FieldChange} free of any reference to this
 * class. Not API.
 */
public final class FieldChanges {

    private static final MethodHandle CREATE;
    private static final MethodHandle TYPE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(FieldChange.class, MethodHandles.lookup());
            CREATE = lookup.findConstructor(FieldChange.class,
                    methodType(void.class, String.class, ValueType.class, Object.class, Object.class));
            TYPE = lookup.findGetter(FieldChange.class, "type", ValueType.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FieldChanges() {}

    /** A change of the value at {@code path}, of type {@code type}, from {@code from} to {@code to}. */
    public static FieldChange of(String path, ValueType type, Object from, Object to) {
        try {
            return (FieldChange) CREATE.invokeExact(path, type, from, to);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a field change", e);
        }
    }

    /** The type of the values of {@code change}. */
    public static ValueType type(FieldChange change) {
        try {
            return (ValueType) TYPE.invokeExact(change);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a field change's type", e);
        }
    }
}
