package dev.komodosync.diff.export.internal;

import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The value a plan's change path names inside a config, with the spellings each key on the way
 * may have: what a write-back rewrites in place, so that everything around it (the other keys of
 * a table or inline table, comments, the way it is written) stays byte for byte. Not API.
 *
 * @param path from {@code config} down, each segment with its spellings
 * @param exportKeys the same path in export spelling
 * @param type the value's type
 * @param value the value (what exists)
 * @param isDefault whether it is its field's default, so the statement goes
 */
record ChangedLeaf(List<Set<String>> path, List<String> exportKeys, ValueType type, Object value, boolean isDefault) {

    /**
     * The leaf {@code changePath} (such as {@code config.params.git_providers}) names in
     * {@code config}; empty when the path ends at a union or record, names a union's tag (the
     * variant changed), or does not resolve.
     */
    static Optional<ChangedLeaf> resolve(ValueType configType, Object config, String changePath) {
        String[] segments = changePath.split("\\.");
        if (segments.length < 2 || !segments[0].equals("config")) {
            return Optional.empty();
        }
        List<Set<String>> path = new ArrayList<>();
        List<String> exportKeys = new ArrayList<>();
        path.add(Set.of("config"));
        exportKeys.add("config");
        ValueType type = configType;
        Object value = config;
        Object defaultValue = null;
        boolean required = true;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (type instanceof UnionType union) {
                if (!segment.equals(union.contentKey())) {
                    return Optional.empty();
                }
                path.add(Set.of(union.contentKey()));
                exportKeys.add(union.contentKey());
                type = union.variantOf(value);
                continue;
            }
            if (!(type instanceof RecordType record)) {
                return Optional.empty();
            }
            Optional<FieldSpec> field = record.fields().stream()
                    .filter(f -> f.exportKey().equals(segment) || f.allKeys().contains(segment)).findFirst();
            if (field.isEmpty()) {
                return Optional.empty();
            }
            Set<String> spellings = new LinkedHashSet<>(field.get().allKeys());
            spellings.add(field.get().exportKey());
            path.add(spellings);
            exportKeys.add(field.get().exportKey());
            defaultValue = record.defaultValue(field.get());
            required = field.get().required();
            value = record.get(value, field.get());
            type = field.get().type();
        }
        if (type instanceof UnionType || type instanceof RecordType) {
            return Optional.empty();
        }
        return Optional.of(new ChangedLeaf(List.copyOf(path), List.copyOf(exportKeys), type, value,
                Objects.equals(value, defaultValue) && !required));
    }
}
