package dev.komodosync.model.meta.internal;

import dev.komodosync.model.meta.Union;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The description of an adjacently tagged union: a sealed interface annotated {@link Union}
 * whose permitted records (directly, or through sealed sub-interfaces) are its variants.
 * Obtained with {@link #of(Class)}; one instance per interface.
 */
public final class UnionType implements ValueType {

    private final Class<?> javaType;
    private final String tagKey;
    private final String contentKey;
    private final String defaultVariantName;
    private final List<Class<?>> variantClasses;
    private volatile List<RecordType> variants;

    UnionType(Class<?> javaType) {
        this.javaType = javaType;
        BuiltInRecords.UnionFacts facts = BuiltInRecords.union(javaType);
        if (facts == null) {
            // A plug-in's union: read once, as an annotation's methods go through a proxy.
            Union annotation = javaType.getAnnotation(Union.class);
            if (annotation == null || !javaType.isSealed()) {
                throw new IllegalArgumentException("not a sealed interface annotated @Union: " + javaType.getName());
            }
            facts = new BuiltInRecords.UnionFacts(annotation.tag(), annotation.content(), annotation.defaultVariant(),
                    variantClasses(javaType));
        }
        this.tagKey = facts.tag();
        this.contentKey = facts.content();
        this.defaultVariantName = facts.defaultVariant();
        this.variantClasses = facts.variants();
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
            List<RecordType> made = new ArrayList<>(variantClasses.size());
            for (Class<?> variantClass : variantClasses) {
                made.add(RecordType.of(variantClass));
            }
            value = Collections.unmodifiableList(made);
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
        Optional<RecordType> variant = variant(defaultVariantName);
        if (variant.isEmpty()) {
            throw new IllegalStateException(javaType.getName() + ": no variant " + defaultVariantName);
        }
        return variant.get();
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

    /** The variant records of the sealed interface {@code type}, in the order the interfaces permit them. */
    static List<Class<?>> variantClasses(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        collect(type, found);
        return List.copyOf(found);
    }

    private static void collect(Class<?> type, List<Class<?>> into) {
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (permitted.isRecord()) {
                into.add(permitted);
            } else if (permitted.isInterface() && permitted.isSealed()) {
                collect(permitted, into);
            } else {
                throw new IllegalStateException("a union variant must be a record or a sealed interface: " + permitted);
            }
        }
    }
}
