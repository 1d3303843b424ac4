package dev.komodosync.model.meta.internal;

import dev.komodosync.model.meta.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The description of an adjacently tagged union: a sealed interface annotated {@link Union}
 * whose permitted records (directly, or through sealed sub-interfaces) are its variants.
 * Obtained with {@link #of(Class)}; one instance per interface.
 */
public final class UnionType implements ValueType {

    private final Class<?> javaType;
    private final Union annotation;
    private final String tagKey;
    private final String contentKey;
    private volatile List<RecordType> variants;

    UnionType(Class<?> javaType) {
        this.javaType = javaType;
        this.annotation = javaType.getAnnotation(Union.class);
        if (annotation == null || !javaType.isSealed()) {
            throw new IllegalArgumentException("not a sealed interface annotated @Union: " + javaType.getName());
        }
        // Read once: an annotation's methods go through a proxy, and binding asks for these per value.
        this.tagKey = annotation.tag();
        this.contentKey = annotation.content();
    }

    /** The description of {@code sealedInterface}. */
    public static UnionType of(Class<?> sealedInterface) {
        return TypeResolver.union(sealedInterface);
    }

    /** The sealed interface. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The key naming the variant, {@code type}. */
    public String tagKey() {
        return tagKey;
    }

    /** The key holding the variant's fields, {@code params}. */
    public String contentKey() {
        return contentKey;
    }

    /** The variants, in the order the interfaces permit them. */
    public List<RecordType> variants() {
        List<RecordType> value = variants;
        if (value == null) {
            List<RecordType> found = new ArrayList<>();
            collect(javaType, found);
            value = List.copyOf(found);
            variants = value;
        }
        return value;
    }

    /** The variant named {@code name}. */
    public Optional<RecordType> variant(String name) {
        for (RecordType variant : variants()) {
            if (variant.variantName().equals(name)) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }

    /** The variant {@code value} is an instance of. */
    public RecordType variantOf(Object value) {
        return RecordType.of(value.getClass());
    }

    /** The variant a missing value takes. */
    public RecordType defaultVariant() {
        return variant(annotation.defaultVariant()).orElseThrow(() -> new IllegalStateException(
                javaType.getName() + ": no variant " + annotation.defaultVariant()));
    }

    @Override
    public Object zero() {
        return defaultVariant().defaults();
    }

    @Override
    public String describe() {
        return "a table with `" + tagKey() + "` and `" + contentKey() + "`";
    }

    @Override
    public String toString() {
        return "UnionType[" + javaType.getName() + "]";
    }

    private static void collect(Class<?> type, List<RecordType> into) {
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (permitted.isRecord()) {
                into.add(RecordType.of(permitted));
            } else if (permitted.isInterface() && permitted.isSealed()) {
                collect(permitted, into);
            } else {
                throw new IllegalStateException("a union variant must be a record or a sealed interface: " + permitted);
            }
        }
    }
}
