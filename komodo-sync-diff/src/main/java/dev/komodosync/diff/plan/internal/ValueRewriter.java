package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds a typed value with some of its leaves replaced, walking records, unions, lists,
 * optionals and maps generically: how ids become names, and line endings become {@code \n},
 * in every kind's config without code per kind.
 */
final class ValueRewriter {

    /** Replaces one leaf (a string, secret, number, ...) held by {@code field} of {@code owner}. */
    interface Leaf {
        Object rewrite(FieldSpec field, Object value, RecordType owner, Object ownerValue);

        /**
         * {@link #rewrite}, told what the other side of a comparison rewrote to: a leaf may
         * return {@code likely} itself where its own rewrite would be equal to it, which a
         * comparison then finds equal without reading either.
         */
        default Object rewrite(FieldSpec field, Object value, RecordType owner, Object ownerValue, Object likely) {
            return rewrite(field, value, owner, ownerValue);
        }
    }

    private ValueRewriter() {}

    /** {@code value} of {@code type} with every leaf passed through {@code leaf}. */
    static Object rewrite(ValueType type, Object value, Leaf leaf) {
        return rewrite(type, value, null, null, null, leaf);
    }

    /**
     * {@code value}, the value of {@code field} of {@code ownerValue} (a record of type {@code owner}),
     * rewritten as a rewrite of the whole owner rewrites it.
     */
    static Object rewrite(ValueType type, Object value, FieldSpec field, RecordType owner, Object ownerValue,
            Leaf leaf) {
        if (type instanceof RecordType record) {
            RecordType actual = RecordType.of(value.getClass());
            List<FieldSpec> fields = actual.fields();
            List<Object> values = new ArrayList<>(fields.size());
            boolean changed = false;
            for (int i = 0; i < fields.size(); i++) {
                FieldSpec child = fields.get(i);
                Object before = actual.get(value, i);
                Object after = rewrite(child.type(), before, child, actual, value, leaf);
                changed |= after != before;
                values.add(after);
            }
            return changed ? actual.create(values) : value;
        }
        if (type instanceof UnionType) {
            return rewrite(RecordType.of(value.getClass()), value, field, owner, ownerValue, leaf);
        }
        if (type instanceof ValueType.ListType list) {
            List<?> elements = (List<?>) value;
            List<Object> rewritten = new ArrayList<>(elements.size());
            boolean changed = false;
            for (Object element : elements) {
                Object after = rewrite(list.element(), element, field, owner, ownerValue, leaf);
                changed |= after != element;
                rewritten.add(after);
            }
            return changed ? Collections.unmodifiableList(rewritten) : value;
        }
        if (type instanceof ValueType.OptionalType optional) {
            Optional<?> present = (Optional<?>) value;
            if (present.isEmpty()) {
                return value;
            }
            Object after = rewrite(optional.value(), present.get(), field, owner, ownerValue, leaf);
            return after == present.get() ? value : Optional.of(after);
        }
        if (type instanceof ValueType.MapType map) {
            Map<Object, Object> rewritten = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object after = rewrite(map.value(), entry.getValue(), field, owner, ownerValue, leaf);
                changed |= after != entry.getValue();
                rewritten.put(entry.getKey(), after);
            }
            return changed ? Collections.unmodifiableMap(rewritten) : value;
        }
        return field == null ? value : leaf.rewrite(field, value, owner, ownerValue);
    }
}
