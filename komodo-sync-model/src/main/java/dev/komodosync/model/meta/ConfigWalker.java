package dev.komodosync.model.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Visits every field of a value and of everything it holds (nested records, list elements,
 * union params, map values), in declaration order, with canonical paths: the one walk the parser's
 * checks and the planner's reference and secret handling share, so none of them is written per kind.
 */
public final class ConfigWalker {

    private ConfigWalker() {}

    /**
     * Walks {@code value} of {@code type}, calling {@code visitor} for each field of each record
     * reached; {@code prefix} starts the paths (e.g. {@code config}, or empty).
     */
    public static void walk(ValueType type, Object value, String prefix, Consumer<FieldValue> visitor) {
        if (type instanceof RecordType record) {
            for (FieldSpec field : record.fields()) {
                Object fieldValue = record.get(value, field);
                String path = join(prefix, field.key());
                visitor.accept(new FieldValue(field, fieldValue, path, record, value));
                walk(field.type(), fieldValue, path, visitor);
            }
        } else if (type instanceof UnionType union) {
            RecordType variant = union.variantOf(value);
            walk(variant, value, join(prefix, union.contentKey()), visitor);
        } else if (type instanceof ValueType.ListType list) {
            List<?> elements = (List<?>) value;
            for (int i = 0; i < elements.size(); i++) {
                walk(list.element(), elements.get(i), prefix + "[" + i + "]", visitor);
            }
        } else if (type instanceof ValueType.OptionalType optional) {
            ((Optional<?>) value).ifPresent(inner -> walk(optional.value(), inner, prefix, visitor));
        } else if (type instanceof ValueType.MapType map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object key = entry.getKey();
                String name = key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key);
                walk(map.value(), entry.getValue(), join(prefix, name), visitor);
            }
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
