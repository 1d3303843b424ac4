package dev.komodosync.diff;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.meta.ValueType;

/**
 * One changed value: its path, and its typed value before and after. Renderers turn the values
 * into JSON or text through {@code type}, masking secrets.
 *
 * <p>The path is the dotted TOML path down to the changed value (formats §2): nested tables and
 * union params are descended into, lists and scalars are reported whole; reference fields are
 * spelled as Komodo exports them ({@code config.server}), every other key by its canonical name.
 *
 * @param path e.g. {@code config.environment}, {@code config.image.params.image}, {@code tags}
 * @param type the values' type
 * @param from the existing value
 * @param to the declared value
 */
public record FieldChange(String path, ValueType type, Object from, Object to) {

    /** Checks the arguments. */
    public FieldChange {
        requireNonNull(path, "path");
        requireNonNull(type, "type");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
    }
}
