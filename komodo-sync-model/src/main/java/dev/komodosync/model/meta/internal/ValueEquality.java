package dev.komodosync.model.meta.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Equality of two values of one {@link ValueType}, field by field through the model's
 * descriptions: what the records' own {@code equals} says, without their generated
 * {@code equals}, whose first call builds method handles and classes for each record class (a
 * cost a short-lived command pays per class it compares; issue 19). Not API.
 */
public final class ValueEquality {

    private ValueEquality() {}

    /** Whether {@code a} and {@code b}, values of {@code type} (or null), are equal. */
    public static boolean equal(ValueType type, Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (type instanceof RecordType record && record.javaType().isInstance(a)) {
            return a.getClass() == b.getClass() && fields(record, a, b);
        }
        if (type instanceof UnionType && a.getClass().isRecord()) {
            // Variants of different classes are unequal, as their own equals says (without linking it).
            return a.getClass() == b.getClass() && fields(RecordType.of(a.getClass()), a, b);
        }
        if (type instanceof ValueType.ListType list && a instanceof List<?> left && b instanceof List<?> right) {
            return elements(list.element(), left, right);
        }
        if (type instanceof ValueType.OptionalType optional && a instanceof Optional<?> left
                && b instanceof Optional<?> right) {
            if (left.isEmpty() || right.isEmpty()) {
                return left.isEmpty() && right.isEmpty();
            }
            return equal(optional.value(), left.get(), right.get());
        }
        if (type instanceof ValueType.MapType map && a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            return entries(map.value(), left, right);
        }
        return a.equals(b);
    }

    private static boolean fields(RecordType record, Object a, Object b) {
        List<FieldSpec> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (!equal(fields.get(i).type(), record.get(a, i), record.get(b, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean elements(ValueType element, List<?> left, List<?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!equal(element, left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean entries(ValueType value, Map<?, ?> left, Map<?, ?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            Object other = right.get(entry.getKey());
            if (other == null && !right.containsKey(entry.getKey())) {
                return false;
            }
            if (!equal(value, entry.getValue(), other)) {
                return false;
            }
        }
        return true;
    }
}
