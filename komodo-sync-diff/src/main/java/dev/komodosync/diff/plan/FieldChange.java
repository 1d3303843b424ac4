package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.meta.internal.ValueType;
import java.util.Objects;

/**
 * One changed value: its path, and its typed value before and after, as the model holds them
 * (strings, numbers, booleans, lists, config records, {@link dev.komodosync.model.Secret}s, ...).
 * Changes are made by the planner; the renderers show their values, masking secrets. Immutable.
 *
 * <p>The path is the dotted TOML path down to the changed value (formats §2): nested tables and
 * union params are descended into, lists and scalars are reported whole; reference fields are
 * spelled as Komodo exports them ({@code config.server}), every other key by its canonical name.
 */
public final class FieldChange {

    private final String path;
    private final ValueType type;
    private final Object from;
    private final Object to;

    /** Made only by the planner, through {@code FieldChanges}: the type is the model's business. */
    private FieldChange(String path, ValueType type, Object from, Object to) {
        this.path = requireNonNull(path, "path");
        this.type = requireNonNull(type, "type");
        this.from = requireNonNull(from, "from");
        this.to = requireNonNull(to, "to");
    }

    /** The path, e.g. {@code config.environment}, {@code config.image.params.image}, {@code tags}. */
    public String path() {
        return path;
    }

    /** The existing value. */
    public Object from() {
        return from;
    }

    /** The declared value. */
    public Object to() {
        return to;
    }

    /** Equal paths and values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldChange that
                && path.equals(that.path) && type.equals(that.type) && from.equals(that.from) && to.equals(that.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, type, from, to);
    }

    /** {@code FieldChange[path=..., from=..., to=...]}; secrets are masked by their own {@code toString()}. */
    @Override
    public String toString() {
        return "FieldChange[path=" + path + ", from=" + from + ", to=" + to + "]";
    }
}
