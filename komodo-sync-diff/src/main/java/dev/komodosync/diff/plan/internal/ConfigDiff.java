package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueEquality;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * The field-by-field difference of two complete configs of one kind (behaviour §4.1), generic
 * over the model's metadata: nested tables and union params are descended into; lists and scalars
 * are compared whole; a union whose variant changed reports its {@code type} and its whole
 * {@code params}; a field marked {@code @KeepExistingWhenDefault} never changes to its default
 * (behaviour §4.5, Build {@code version}).
 *
 * <p>Both configs are compared as written and stored; each side's {@link ValueRewriter.Leaf}
 * puts a value into the compared form (references by name, {@code \n} line endings) only where
 * that can matter: a value that holds no reference and is the same on both sides is the same in
 * the compared form too, so most of a config is never rewritten. The changes are those of the
 * two rewritten configs.
 */
final class ConfigDiff {

    private static final ValueType TEXT = new ValueType.StringType();

    private final ValueRewriter.Leaf declaredLeaf;
    private final ValueRewriter.Leaf existingLeaf;
    private final List<FieldChange> changes = new ArrayList<>();

    private ConfigDiff(ValueRewriter.Leaf declaredLeaf, ValueRewriter.Leaf existingLeaf) {
        this.declaredLeaf = declaredLeaf;
        this.existingLeaf = existingLeaf;
    }

    /**
     * The changes from {@code existing} to {@code declared}, both of {@code type}, under
     * {@code prefix}, each side put into the compared form by its leaf rewrite.
     */
    static List<FieldChange> diff(ValueType type, Object declared, Object existing, String prefix,
            ValueRewriter.Leaf declaredLeaf, ValueRewriter.Leaf existingLeaf) {
        ConfigDiff diff = new ConfigDiff(declaredLeaf, existingLeaf);
        diff.value(type, declared, existing, prefix);
        return diff.changes;
    }

    private void value(ValueType type, Object declared, Object existing, String path) {
        if (type instanceof UnionType union) {
            RecordType declaredVariant = union.variantOf(declared);
            RecordType existingVariant = union.variantOf(existing);
            if (declaredVariant.equals(existingVariant)) {
                record(declaredVariant, declared, existing, join(path, union.contentKey()));
            } else {
                changes.add(FieldChanges.of(join(path, union.tagKey()), TEXT, existingVariant.variantName(),
                        declaredVariant.variantName()));
                changes.add(FieldChanges.of(join(path, union.contentKey()), declaredVariant,
                        ValueRewriter.rewrite(union, existing, existingLeaf),
                        ValueRewriter.rewrite(union, declared, declaredLeaf)));
            }
            return;
        }
        if (type instanceof RecordType record) {
            record(record, declared, existing, path);
            return;
        }
        Object to = ValueRewriter.rewrite(type, declared, declaredLeaf);
        Object from = ValueRewriter.rewrite(type, existing, existingLeaf);
        if (!ValueEquality.equal(type, to, from)) {
            changes.add(FieldChanges.of(path, type, from, to));
        }
    }

    private void record(RecordType type, Object declared, Object existing, String prefix) {
        List<FieldSpec> fields = type.fields();
        ConfigWalker.Selection.Reach mayHoldReference = ConfigNormaliser.mayHoldReference(type);
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            Object to = type.get(declared, i);
            Object from = type.get(existing, i);
            if (ValueEquality.equal(field.type(), to, from) && !mayHoldReference.at(i) && !field.keepExistingWhenDefault()) {
                continue;
            }
            if (field.keepExistingWhenDefault() && ValueEquality.equal(field.type(),
                    ValueRewriter.rewrite(field.type(), to, field, type, declared, declaredLeaf), type.defaultValue(field))) {
                continue;
            }
            if (field.type() instanceof RecordType || field.type() instanceof UnionType) {
                value(field.type(), to, from, join(prefix, field.exportKey()));
                continue;
            }
            Object toNamed = ValueRewriter.rewrite(field.type(), to, field, type, declared, declaredLeaf);
            // A string goes to the leaf as it is; told the declared side's form, the stored side
            // may answer with that very string when its own form is equal to it.
            Object fromNamed = from instanceof String
                    ? existingLeaf.rewrite(field, from, type, existing, toNamed)
                    : ValueRewriter.rewrite(field.type(), from, field, type, existing, existingLeaf);
            if (!ValueEquality.equal(field.type(), toNamed, fromNamed)) {
                // The path is written out only for a change: every reference of every compared resource gets here.
                changes.add(FieldChanges.of(join(prefix, field.exportKey()), field.type(), fromNamed, toNamed));
            }
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
