package dev.komodosync.model.meta.internal;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One field of one record met while walking a value with {@link ConfigWalker}: the field's
 * metadata, its value, its canonical path, and the record that holds it (for fields whose meaning
 * depends on a sibling, such as a target's {@code type}). The path is made when first asked for:
 * a walk meets many fields and most are never located.
 */
public final class FieldValue {

    private final FieldSpec field;
    private final Object value;
    private final Supplier<String> pathMaker;
    /** The field's key below {@code pathMaker}'s path, or null when {@code pathMaker} makes the whole path. */
    private final String key;
    private final RecordType owner;
    private final Object ownerValue;
    private String path;

    /**
     * A field met at {@code path}.
     *
     * @param field the field
     * @param value the field's value
     * @param path the canonical path from where the walk started, e.g. {@code stages[0].executions[1].execution.params.deployment}
     * @param owner the holding record's type
     * @param ownerValue the holding record
     */
    public FieldValue(FieldSpec field, Object value, String path, RecordType owner, Object ownerValue) {
        this(field, value, () -> path, owner, ownerValue);
        requireNonNull(path, "path");
    }

    FieldValue(FieldSpec field, Object value, Supplier<String> pathMaker, RecordType owner, Object ownerValue) {
        this(field, value, pathMaker, null, owner, ownerValue);
    }

    /**
     * A field met below the path {@code parent} makes, under {@code key}: a field a walk does not
     * descend into needs no path of its own unless one is asked for.
     */
    FieldValue(FieldSpec field, Object value, Supplier<String> parent, String key, RecordType owner, Object ownerValue) {
        this.field = requireNonNull(field, "field");
        this.value = value;
        this.pathMaker = parent;
        this.key = key;
        this.owner = requireNonNull(owner, "owner");
        this.ownerValue = ownerValue;
    }

    /** The field. */
    public FieldSpec field() {
        return field;
    }

    /** The field's value. */
    public Object value() {
        return value;
    }

    /** The canonical path from where the walk started, e.g. {@code stages[0].executions[1].execution.params.deployment}. */
    public String path() {
        String made = path;
        if (made == null) {
            made = key == null ? pathMaker.get() : ConfigWalker.join(pathMaker.get(), key);
            path = made;
        }
        return made;
    }

    /** The holding record's type. */
    public RecordType owner() {
        return owner;
    }

    /** The holding record. */
    public Object ownerValue() {
        return ownerValue;
    }

    /** The value of a sibling field of the same record. */
    public Optional<Object> sibling(String key) {
        return owner.field(key).map(f -> owner.get(ownerValue, f));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldValue that && field.equals(that.field) && Objects.equals(value, that.value)
                && path().equals(that.path()) && owner.equals(that.owner) && Objects.equals(ownerValue, that.ownerValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, value, path(), owner, ownerValue);
    }

    @Override
    public String toString() {
        return "FieldValue[field=" + field.key() + ", path=" + path() + "]";
    }
}
