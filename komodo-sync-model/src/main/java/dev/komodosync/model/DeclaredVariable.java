package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

/**
 * A variable as a sync file declares it.
 *
 * @param variable the variable; its value is empty when the file gave none
 * @param valueDeclared whether the file gave a {@code value}; a secret declared without one keeps
 *     its existing value (a departure from Komodo, which empties it)
 * @param sources where the declaration and its keys were written
 */
public record DeclaredVariable(Variable variable, boolean valueDeclared, SourceMap sources) {

    /** Checks the arguments. */
    public DeclaredVariable {
        requireNonNull(variable, "variable");
        requireNonNull(sources, "sources");
    }

    /** A declaration built in code, with its value. */
    public static DeclaredVariable of(Variable variable) {
        return new DeclaredVariable(variable, true, SourceMap.none());
    }

    /** The name. */
    public String name() {
        return variable.name();
    }
}
