package dev.komodosync.model.meta;

import java.util.Optional;

/**
 * One field of one record met while walking a value with {@link ConfigWalker}: the field's
 * metadata, its value, its canonical path, and the record that holds it (for fields whose meaning
 * depends on a sibling, such as a target's {@code type}).
 *
 * @param field the field
 * @param value the field's value
 * @param path the canonical path from where the walk started, e.g. {@code stages[0].executions[1].execution.params.deployment}
 * @param owner the holding record's type
 * @param ownerValue the holding record
 */
public record FieldValue(FieldSpec field, Object value, String path, RecordType owner, Object ownerValue) {

    /** The value of a sibling field of the same record. */
    public Optional<Object> sibling(String key) {
        return owner.field(key).map(f -> owner.get(ownerValue, f));
    }
}
