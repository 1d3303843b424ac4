package dev.komodosync.diff.export.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A config with every secret-bearing field emptied — the fields plans mask ({@code passkey},
 * {@code webhook_secret}, {@code secret_args}, git and registry {@code token}s, alerter URLs), as
 * the model marks them — and the dotted paths of the fields that held a value. What an export
 * without {@code --include-secrets} writes. Not API.
 */
public final class SecretFields {

    private SecretFields() {}

    /** {@code value} of {@code type} with its secrets emptied; the paths emptied are added to {@code leftOut}. */
    public static Object strip(ValueType type, Object value, String path, Set<String> leftOut) {
        if (type instanceof ValueType.SecretType) {
            if (value instanceof Secret secret && !secret.isEmpty()) {
                leftOut.add(path);
                return Secret.empty();
            }
            return value;
        }
        if (type instanceof RecordType record) {
            return record(record, value, path, leftOut);
        }
        if (type instanceof UnionType union) {
            return record(union.variantOf(value), value, path + "." + union.contentKey(), leftOut);
        }
        if (type instanceof ValueType.ListType list && value instanceof List<?> elements) {
            List<Object> stripped = new ArrayList<>(elements.size());
            for (Object element : elements) {
                stripped.add(strip(list.element(), element, path + "[]", leftOut));
            }
            return List.copyOf(stripped);
        }
        if (type instanceof ValueType.OptionalType optional && value instanceof Optional<?> present) {
            return present.map(v -> strip(optional.value(), v, path, leftOut));
        }
        if (type instanceof ValueType.MapType map && value instanceof Map<?, ?> entries) {
            Map<Object, Object> stripped = new LinkedHashMap<>();
            entries.forEach((k, v) -> stripped.put(k, strip(map.value(), v, path + "." + k, leftOut)));
            return java.util.Collections.unmodifiableMap(stripped);
        }
        return value;
    }

    private static Object record(RecordType record, Object value, String path, Set<String> leftOut) {
        List<Object> values = new ArrayList<>(record.values(value));
        boolean changed = false;
        for (FieldSpec field : record.fields()) {
            int index = record.indexOf(field);
            Object before = values.get(index);
            Object after = strip(field.type(), before, path.isEmpty() ? field.exportKey() : path + "." + field.exportKey(),
                    leftOut);
            if (after != before) {
                values.set(index, after);
                changed = true;
            }
        }
        return changed ? record.create(values) : value;
    }
}
