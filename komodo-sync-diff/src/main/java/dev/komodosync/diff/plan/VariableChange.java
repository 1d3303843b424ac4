package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.Variable;
import java.util.List;
import java.util.Optional;

/**
 * A change to one variable (behaviour §6.1). The value of a secret variable shows as
 * {@code ***} in every rendering.
 *
 * @param name the variable's name
 * @param action what the change does
 * @param changes for updates, the changed fields ({@code value}, {@code description}, {@code is_secret})
 * @param variable the variable as it will be: declared (with an undeclared secret value kept from
 *     the existing one), or, for a delete, as it exists
 * @param location where the declaration was written
 */
public record VariableChange(
        String name, ChangeAction action, List<FieldChange> changes, Variable variable, Optional<SourceLocation> location) {

    /** Checks and copies the arguments. */
    public VariableChange {
        requireNonNull(name, "name");
        requireNonNull(action, "action");
        changes = List.copyOf(changes);
        requireNonNull(variable, "variable");
        requireNonNull(location, "location");
    }

    /** A create of a declared variable. */
    static VariableChange create(DeclaredVariable declared) {
        return new VariableChange(declared.name(), ChangeAction.CREATE, List.of(), declared.variable(),
                declared.sources().root());
    }
}
