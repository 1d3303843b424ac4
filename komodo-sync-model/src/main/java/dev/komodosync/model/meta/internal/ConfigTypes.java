package dev.komodosync.model.meta.internal;

/**
 * The type description of each kind's config — a {@link RecordType} or a {@link UnionType} —
 * resolved once per config class. Kept apart from {@code ResourceKind}, whose public face shows
 * only the config's Java class. Not API.
 */
public final class ConfigTypes {

    private static final ClassValue<ValueType> TYPES = new ClassValue<>() {
        @Override
        protected ValueType computeValue(Class<?> type) {
            return ValueType.of(type);
        }
    };

    private ConfigTypes() {}

    /**
     * Whether {@code type} is a sealed interface annotated {@link dev.komodosync.model.meta.Union}:
     * known without reading annotations for the built-in model.
     */
    public static boolean isUnion(Class<?> type) {
        return BuiltInRecords.union(type) != null
                || (type.isInterface() && type.isSealed() && type.isAnnotationPresent(dev.komodosync.model.meta.Union.class));
    }

    /** Whether {@code configClass} is one of the model's own records or unions, described by generated code. */
    public static boolean isBuiltIn(Class<?> configClass) {
        return BuiltInRecords.classFacts(configClass) != null || BuiltInRecords.union(configClass) != null;
    }

    /**
     * The type description of the config class {@code configClass}; throws
     * {@link IllegalArgumentException} for a class the model cannot describe.
     */
    public static ValueType of(Class<?> configClass) {
        return TYPES.get(configClass);
    }
}
