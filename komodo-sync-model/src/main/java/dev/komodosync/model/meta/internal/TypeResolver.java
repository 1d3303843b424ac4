package dev.komodosync.model.meta.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.FileText;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.ItemOrList;
import dev.komodosync.model.meta.KeepExistingWhenDefault;
import dev.komodosync.model.meta.Key;
import dev.komodosync.model.meta.KeyValueText;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.MultilineCommand;
import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Range;
import dev.komodosync.model.meta.RedeployTrigger;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import dev.komodosync.model.meta.StringList;
import dev.komodosync.model.meta.Union;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Derives {@link ValueType}s and {@link FieldSpec}s from Java types and annotations, once per class. */
final class TypeResolver {

    /** Per record class: a ClassValue, so that the hot lookup from a value's class costs no hashing. */
    private static final ClassValue<RecordType> RECORDS = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException("not a record: " + type.getName());
            }
            return new RecordType(type);
        }
    };
    private static final ClassValue<UnionType> UNIONS = new ClassValue<>() {
        @Override
        protected UnionType computeValue(Class<?> type) {
            return new UnionType(type);
        }
    };

    private TypeResolver() {}

    static RecordType record(Class<?> type) {
        return RECORDS.get(type);
    }

    static UnionType union(Class<?> type) {
        return UNIONS.get(type);
    }

    static ValueType resolve(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            if (raw == List.class) {
                return new ValueType.ListType(resolve(ValueType.typeArgument(type, 0)));
            }
            if (raw == Optional.class) {
                return new ValueType.OptionalType(resolve(ValueType.typeArgument(type, 0)));
            }
            if (raw == Map.class) {
                ValueType keys = resolve(ValueType.typeArgument(type, 0));
                ValueType values = resolve(ValueType.typeArgument(type, 1));
                if (keys instanceof ValueType.StringType) {
                    return new ValueType.MapType(Optional.empty(), values);
                }
                if (keys instanceof ValueType.EnumType enumKeys) {
                    return new ValueType.MapType(Optional.of(enumKeys), values);
                }
                throw new IllegalArgumentException("map keys in the model are strings or enums: " + type);
            }
            throw new IllegalArgumentException("unsupported generic type in the model: " + type);
        }
        if (!(type instanceof Class<?> cls)) {
            throw new IllegalArgumentException("unsupported type in the model: " + type);
        }
        if (cls == String.class) {
            return new ValueType.StringType();
        }
        if (cls == boolean.class) {
            return new ValueType.BooleanType();
        }
        if (cls == int.class) {
            return new ValueType.IntegerType(Integer.MIN_VALUE, Integer.MAX_VALUE, false);
        }
        if (cls == long.class) {
            return new ValueType.IntegerType(Long.MIN_VALUE, Long.MAX_VALUE, true);
        }
        if (cls == Integer.class) {
            return new ValueType.IntegerType(Integer.MIN_VALUE, Integer.MAX_VALUE, false);
        }
        if (cls == Boolean.class) {
            return new ValueType.BooleanType();
        }
        if (cls == float.class) {
            return new ValueType.FloatType(true);
        }
        if (cls == double.class) {
            return new ValueType.FloatType(false);
        }
        if (cls == Secret.class) {
            return new ValueType.SecretType();
        }
        if (cls == Version.class) {
            return new ValueType.VersionType();
        }
        if (cls == Object.class) {
            return new ValueType.AnyType();
        }
        if (cls.isEnum() && KomodoEnum.class.isAssignableFrom(cls)) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) cls;
            return new ValueType.EnumType(enumType);
        }
        if (cls.isEnum()) {
            throw new IllegalArgumentException("enum " + cls.getName() + " does not implement KomodoEnum");
        }
        if (cls.isRecord()) {
            return record(cls);
        }
        if (cls.isInterface() && (BuiltInRecords.union(cls) != null || cls.isAnnotationPresent(Union.class))) {
            return union(cls);
        }
        throw new IllegalArgumentException("unsupported type in the model: " + cls.getName()
                + " (records, sealed @Union interfaces, KomodoEnum enums, String, boolean, int, long,"
                + " float, double, Secret, Version, List, Map<String, V>, Optional)");
    }

    /** The fields of the record {@code type}, read from its components' annotations. */
    static List<FieldSpec> fields(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException("not a record: " + type.getName());
        }
        return Arrays.stream(components).map(TypeResolver::field).toList();
    }

    static FieldSpec field(RecordComponent component) {
        ValueType type;
        try {
            type = resolve(component.getGenericType());
        } catch (IllegalArgumentException unsupported) {
            String field = component.getDeclaringRecord().getSimpleName() + "." + component.getName();
            String message = String.valueOf(unsupported.getMessage());
            throw new IllegalArgumentException(message.startsWith("field ") ? message : "field " + field + ": " + message,
                    unsupported);
        }
        Range range = component.getAnnotation(Range.class);
        if (range != null) {
            if (!(type instanceof ValueType.IntegerType integer)) {
                throw new IllegalStateException("@Range on a non-integer field: " + component);
            }
            type = new ValueType.IntegerType(range.min(), range.max(), integer.wide());
        }
        Key key = component.getAnnotation(Key.class);
        String canonical = key != null ? key.value() : snakeCase(component.getName());
        Alias alias = component.getAnnotation(Alias.class);
        ExportKey exportKey = component.getAnnotation(ExportKey.class);
        Default defaultAnnotation = component.getAnnotation(Default.class);
        Reference reference = component.getAnnotation(Reference.class);
        NamePattern pattern = component.getAnnotation(NamePattern.class);
        KeyValueText keyValue = component.getAnnotation(KeyValueText.class);
        TextFormat format = keyValue != null ? TextFormat.KEY_VALUE
                : component.isAnnotationPresent(MultilineCommand.class) ? TextFormat.COMMAND
                : component.isAnnotationPresent(FileText.class) ? TextFormat.FILE
                : TextFormat.PLAIN;
        return new FieldSpec(
                component.getName(),
                canonical,
                alias != null ? Arrays.asList(alias.value()) : List.of(),
                exportKey != null ? exportKey.value() : canonical,
                type,
                component.isAnnotationPresent(Required.class),
                Optional.ofNullable(defaultAnnotation).map(Default::value),
                Optional.ofNullable(reference).map(r -> new FieldSpec.ReferenceSpec(r.value(), r.kindFromField())),
                Optional.ofNullable(pattern).map(p -> new FieldSpec.PatternSpec(p.value(), p.kindFromField(), p.split())),
                component.isAnnotationPresent(RedeployTrigger.class),
                component.isAnnotationPresent(Interpolated.class),
                format,
                Optional.ofNullable(keyValue).map(k -> new FieldSpec.KeyValueForm(
                        Arrays.asList(k.arrayKeys()), k.separator(), k.signalKeys(), k.validated())),
                component.isAnnotationPresent(StringList.class),
                component.isAnnotationPresent(ItemOrList.class),
                component.isAnnotationPresent(KeepExistingWhenDefault.class));
    }

    static Object defaultValue(FieldSpec field) {
        Optional<String> text = field.defaultText();
        return text.isPresent() ? parseDefault(field, text.get()) : field.type().zero();
    }

    private static Object parseDefault(FieldSpec field, String text) {
        ValueType type = field.type();
        try {
            if (type instanceof ValueType.StringType) {
                return text;
            }
            if (type instanceof ValueType.BooleanType) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("not a boolean");
                }
                return Boolean.parseBoolean(text);
            }
            if (type instanceof ValueType.IntegerType integer) {
                return integer.box(Long.parseLong(text));
            }
            if (type instanceof ValueType.FloatType decimal) {
                return decimal.box(Double.parseDouble(text));
            }
            if (type instanceof ValueType.SecretType) {
                return Secret.of(text);
            }
            if (type instanceof ValueType.VersionType) {
                Optional<Version> version = Version.parse(text);
                if (version.isEmpty()) {
                    throw new IllegalArgumentException("not a version");
                }
                return version.get();
            }
            if (type instanceof ValueType.EnumType enumType) {
                Optional<KomodoEnum> constant = enumType.constant(text);
                if (constant.isEmpty()) {
                    throw new IllegalArgumentException("no such constant");
                }
                return constant.get();
            }
            if (type instanceof UnionType union) {
                Optional<RecordType> variant = union.variant(text);
                if (variant.isEmpty()) {
                    throw new IllegalArgumentException("no such variant");
                }
                return variant.get().defaults();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bad @Default(\"" + text + "\") on " + field.javaName() + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("@Default is not supported on " + type.describe() + " (" + field.javaName() + ")");
    }

    /** {@code serverId} → {@code server_id}. */
    static String snakeCase(String javaName) {
        StringBuilder key = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                key.append('_').append(Character.toLowerCase(c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}
