package dev.komodosync.diff.plan;

import dev.komodosync.model.Declaration;
import dev.komodosync.parser.internal.text.VariableReferences;

/**
 * A declaration with the part of planning that needs no snapshot already done, made by
 * {@link Planner#prepare}: what to plan when a snapshot is still being read (the work then
 * overlaps the read), or when one declaration is planned against several snapshots in turn.
 * Planning it gives exactly what planning its declaration gives. Immutable; safe to share
 * between threads.
 */
public final class PreparedDeclaration {

    private final Declaration declaration;
    private final VariableReferences.Undeclared undeclaredPlaceholders;

    PreparedDeclaration(Declaration declaration) {
        this.declaration = declaration;
        this.undeclaredPlaceholders = VariableReferences.undeclared(declaration);
    }

    /** The declaration. */
    public Declaration declaration() {
        return declaration;
    }

    /** The {@code [[VARIABLE]]} placeholders that name none of the declaration's own variables. */
    VariableReferences.Undeclared undeclaredPlaceholders() {
        return undeclaredPlaceholders;
    }

    /** Names what it holds by size only: a declaration's text is no part of its description. */
    @Override
    public String toString() {
        return "PreparedDeclaration[" + declaration.resources().size() + " resources, "
                + declaration.variables().size() + " variables, " + declaration.userGroups().size() + " user groups]";
    }
}
