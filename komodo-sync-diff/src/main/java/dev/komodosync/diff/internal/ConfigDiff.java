package dev.komodosync.diff.internal;

import dev.komodosync.diff.FieldChange;
import dev.komodosync.model.meta.FieldSpec;
import dev.komodosync.model.meta.RecordType;
import dev.komodosync.model.meta.UnionType;
import dev.komodosync.model.meta.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The field-by-field difference of two complete configs of one kind (behaviour §4.1), generic
 * over the model's metadata: nested tables and union params are descended into; lists and scalars
 * are compared whole; a union whose variant changed reports its {@code type} and its whole
 * {@code params}; a field marked {@code @KeepExistingWhenDefault} never changes to its default
 * (behaviour §4.5, Build {@code version}).
 */
final class ConfigDiff {

    private static final ValueType TEXT = new ValueType.StringType();

    private ConfigDiff() {}

    /** The changes from {@code existing} to {@code declared}, both of {@code type}, under {@code prefix}. */
    static List<FieldChange> diff(ValueType type, Object declared, Object existing, String prefix) {
        List<FieldChange> changes = new ArrayList<>();
        value(type, declared, existing, prefix, changes);
        return changes;
    }

    private static void value(ValueType type, Object declared, Object existing, String path, List<FieldChange> into) {
        if (type instanceof UnionType union) {
            RecordType declaredVariant = union.variantOf(declared);
            RecordType existingVariant = union.variantOf(existing);
            if (declaredVariant.equals(existingVariant)) {
                record(declaredVariant, declared, existing, join(path, union.contentKey()), into);
            } else {
                into.add(new FieldChange(join(path, union.tagKey()), TEXT, existingVariant.variantName(),
                        declaredVariant.variantName()));
                into.add(new FieldChange(join(path, union.contentKey()), declaredVariant, existing, declared));
            }
            return;
        }
        if (type instanceof RecordType record) {
            record(record, declared, existing, path, into);
            return;
        }
        if (!Objects.equals(declared, existing)) {
            into.add(new FieldChange(path, type, existing, declared));
        }
    }

    private static void record(RecordType type, Object declared, Object existing, String prefix, List<FieldChange> into) {
        for (FieldSpec field : type.fields()) {
            Object to = type.get(declared, field);
            Object from = type.get(existing, field);
            if (field.keepExistingWhenDefault() && Objects.equals(to, type.defaultValue(field))) {
                continue;
            }
            String path = join(prefix, field.exportKey());
            if (field.type() instanceof RecordType || field.type() instanceof UnionType) {
                value(field.type(), to, from, path, into);
            } else if (!Objects.equals(to, from)) {
                into.add(new FieldChange(path, field.type(), from, to));
            }
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
