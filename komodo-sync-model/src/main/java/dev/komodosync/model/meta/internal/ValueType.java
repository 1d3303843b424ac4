package dev.komodosync.model.meta.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.Union;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of a field's value, as the binder, the differ and the renderers see it: derived once
 * from a record component's Java type, so that algorithms walk the model generically.
 *
 * <p>{@link #of(Type)} maps Java types: {@code String} to {@link StringType}, {@code boolean} to
 * {@link BooleanType}, {@code int}/{@code long} to {@link IntegerType}, {@code float}/{@code double}
 * to {@link FloatType}, {@link Secret}, {@link Version}, enums implementing {@link KomodoEnum},
 * {@code List}, {@code Map<String, V>}, {@code Optional}, records ({@link RecordType}), sealed
 * interfaces annotated {@link Union} ({@link UnionType}), and {@code Object} to {@link AnyType}
 * (free-form JSON, e.g. an action's arguments).
 */
public sealed interface ValueType
        permits ValueType.StringType,
                ValueType.BooleanType,
                ValueType.IntegerType,
                ValueType.FloatType,
                ValueType.SecretType,
                ValueType.VersionType,
                ValueType.EnumType,
                ValueType.ListType,
                ValueType.MapType,
                ValueType.OptionalType,
                ValueType.AnyType,
                RecordType,
                UnionType {

    /** The value a field of this type has when nothing else is said. */
    Object zero();

    /** How a diagnostic names the type: "a string", "an array of strings", "a table". */
    String describe();

    /** The value type of a Java type. */
    static ValueType of(Type type) {
        return TypeResolver.resolve(type);
    }

    /** Text. */
    record StringType() implements ValueType {
        @Override
        public Object zero() {
            return "";
        }

        @Override
        public String describe() {
            return "a string";
        }
    }

    /** A boolean. */
    record BooleanType() implements ValueType {
        @Override
        public Object zero() {
            return false;
        }

        @Override
        public String describe() {
            return "a boolean";
        }
    }

    /**
     * An integer held in an {@code int} or a {@code long}, within {@code [min, max]}.
     *
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param wide whether the Java type is {@code long}
     */
    record IntegerType(long min, long max, boolean wide) implements ValueType {
        @Override
        public Object zero() {
            return box(0);
        }

        /** The value boxed as the Java type expects: an {@code Integer} or a {@code Long}. */
        public Object box(long value) {
            return wide ? (Object) value : (Object) Math.toIntExact(value);
        }

        @Override
        public String describe() {
            return "an integer";
        }
    }

    /**
     * A floating-point number held in a {@code float} or a {@code double}.
     *
     * @param single whether the Java type is {@code float} (Komodo's {@code f32})
     */
    record FloatType(boolean single) implements ValueType {
        @Override
        public Object zero() {
            return box(0);
        }

        /** The value boxed as the Java type expects. */
        public Object box(double value) {
            return single ? (Object) (float) value : (Object) value;
        }

        @Override
        public String describe() {
            return "a number";
        }
    }

    /** A {@link Secret}, written as a string. */
    record SecretType() implements ValueType {
        @Override
        public Object zero() {
            return Secret.empty();
        }

        @Override
        public String describe() {
            return "a string";
        }
    }

    /** A {@link Version}, written {@code "1.2.3"} or {@code { major, minor, patch }}. */
    record VersionType() implements ValueType {
        @Override
        public Object zero() {
            return Version.NONE;
        }

        @Override
        public String describe() {
            return "a version string such as \"1.2.3\"";
        }
    }

    /**
     * An enum implementing {@link KomodoEnum}.
     *
     * @param javaType the enum class
     */
    record EnumType(Class<? extends Enum<?>> javaType) implements ValueType {

        /** Per enum class: its constants, and each by key and alias (the first constant that has it). */
        private static final ClassValue<Constants> CONSTANTS = new ClassValue<>() {
            @Override
            protected Constants computeValue(Class<?> type) {
                List<KomodoEnum> constants = new ArrayList<>();
                for (Object constant : type.getEnumConstants()) {
                    constants.add((KomodoEnum) constant);
                }
                Map<String, KomodoEnum> byText = new HashMap<>();
                for (KomodoEnum constant : constants) {
                    byText.putIfAbsent(constant.key(), constant);
                    for (String alias : constant.aliases()) {
                        byText.putIfAbsent(alias, constant);
                    }
                }
                return new Constants(Collections.unmodifiableList(constants), Map.copyOf(byText));
            }
        };

        private record Constants(List<KomodoEnum> all, Map<String, KomodoEnum> byText) {}

        /** The constants, in declaration order. */
        public List<KomodoEnum> constants() {
            return CONSTANTS.get(javaType).all();
        }

        /** The constant written as {@code text}, by key or alias. */
        public Optional<KomodoEnum> constant(String text) {
            return Optional.ofNullable(CONSTANTS.get(javaType).byText().get(text));
        }

        @Override
        public Object zero() {
            return constants().get(0);
        }

        @Override
        public String describe() {
            return "one of " + constants().stream().map(c -> "\"" + c.key() + "\"").collect(Collectors.joining(", "));
        }
    }

    /**
     * A list.
     *
     * @param element the type of each element
     */
    record ListType(ValueType element) implements ValueType {
        @Override
        public Object zero() {
            return List.of();
        }

        @Override
        public String describe() {
            String inner = element.describe();
            return "an array of " + (inner.startsWith("a ") || inner.startsWith("an ")
                    ? inner.substring(inner.indexOf(' ') + 1) + "s"
                    : inner);
        }
    }

    /**
     * A table: string keys, or the keys of an enum ({@code all.Build = "Execute"}).
     *
     * @param keys the enum the keys must name, or empty for any string
     * @param value the type of each value
     */
    record MapType(Optional<EnumType> keys, ValueType value) implements ValueType {
        @Override
        public Object zero() {
            return Map.of();
        }

        @Override
        public String describe() {
            return "a table";
        }
    }

    /**
     * A value that may be absent (Komodo's optional params); absent is {@code Optional.empty()}.
     *
     * @param value the type of the value when present
     */
    record OptionalType(ValueType value) implements ValueType {
        @Override
        public Object zero() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return value.describe();
        }
    }

    /** Any JSON-like value: a string, number, boolean, array or table. */
    record AnyType() implements ValueType {
        @Override
        public Object zero() {
            return Map.of();
        }

        @Override
        public String describe() {
            return "a value";
        }
    }

    /** The element type of a {@code List<E>}, the value type of a {@code Map<String, V>}. */
    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw collection type in the model: " + type);
    }
}
