package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.meta.Key;
import dev.komodosync.model.meta.Required;

/**
 * A Komodo variable (behaviour §1.3, §6): a value interpolated into configs as
 * {@code [[NAME]]}. The value is a {@link Secret} whatever {@code secret} says, so that no
 * rendering of a variable shows it by accident; renderers show it only when {@code secret} is
 * false.
 *
 * @param name the name
 * @param value the value
 * @param description free text
 * @param secret whether the value is secret ({@code is_secret})
 */
public record Variable(@Required String name, Secret value, String description, @Key("is_secret") boolean secret) {

    /** Checks the arguments. */
    public Variable {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        requireNonNull(description, "description");
    }

    /** A variable with no description. */
    public static Variable of(String name, String value, boolean secret) {
        return new Variable(name, Secret.of(value), "", secret);
    }
}
