package dev.komodosync.diff.export.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

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
        return replace(type, value, path, leftOut, (at, secret) -> Secret.empty());
    }

    /**
     * {@code value} of {@code type} with each secret replaced by {@code replacement} (given its
     * path, list elements by index — {@code config.params.git_providers[0].accounts[1].token} — and
     * its value); the paths of the non-empty secrets replaced by something else are added to
     * {@code leftOut}, list indices written {@code []}.
     */
    public static Object replace(ValueType type, Object value, String path, Set<String> leftOut,
            BiFunction<String, Secret, Secret> replacement) {
        if (type instanceof ValueType.SecretType) {
            if (value instanceof Secret secret) {
                Secret replaced = replacement.apply(path, secret);
                if (!secret.isEmpty() && !replaced.equals(secret)) {
                    leftOut.add(path.replaceAll("\\[\\d+]", "[]"));
                }
                return replaced;
            }
            return value;
        }
        if (type instanceof RecordType record) {
            return record(record, value, path, leftOut, replacement);
        }
        if (type instanceof UnionType union) {
            return record(union.variantOf(value), value, path + "." + union.contentKey(), leftOut, replacement);
        }
        if (type instanceof ValueType.ListType list && value instanceof List<?> elements) {
            List<Object> replaced = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                replaced.add(replace(list.element(), elements.get(i), path + "[" + i + "]", leftOut, replacement));
            }
            return List.copyOf(replaced);
        }
        if (type instanceof ValueType.OptionalType optional && value instanceof Optional<?> present) {
            return present.map(v -> replace(optional.value(), v, path, leftOut, replacement));
        }
        if (type instanceof ValueType.MapType map && value instanceof Map<?, ?> entries) {
            Map<Object, Object> replaced = new LinkedHashMap<>();
            entries.forEach((k, v) -> replaced.put(k, replace(map.value(), v, path + "." + k, leftOut, replacement)));
            return Collections.unmodifiableMap(replaced);
        }
        return value;
    }

    /** The secrets {@code value} holds, by the paths {@link #replace} gives them. */
    public static Map<String, Secret> secrets(ValueType type, Object value, String path) {
        Map<String, Secret> found = new HashMap<>();
        replace(type, value, path, new HashSet<>(), (at, secret) -> {
            found.put(at, secret);
            return secret;
        });
        return found;
    }

    private static Object record(RecordType record, Object value, String path, Set<String> leftOut,
            BiFunction<String, Secret, Secret> replacement) {
        List<Object> values = new ArrayList<>(record.values(value));
        boolean changed = false;
        for (FieldSpec field : record.fields()) {
            int index = record.indexOf(field);
            Object before = values.get(index);
            Object after = replace(field.type(), before, path.isEmpty() ? field.exportKey() : path + "." + field.exportKey(),
                    leftOut, replacement);
            if (after != before) {
                values.set(index, after);
                changed = true;
            }
        }
        return changed ? record.create(values) : value;
    }
}
