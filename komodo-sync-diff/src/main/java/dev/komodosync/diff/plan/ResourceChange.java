package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A change to one resource: {@link Create}, {@link Update} with its field changes, or {@link Delete}. */
public sealed interface ResourceChange permits ResourceChange.Create, ResourceChange.Update, ResourceChange.Delete {

    /** The resource's kind. */
    ResourceKind<?> kind();

    /** The resource's name. */
    String name();

    /** What the change does. */
    ChangeAction action();

    /** Where the declaration was written, for creates and updates of declarations read from files. */
    Optional<SourceLocation> location();

    /**
     * Creates a declared resource that does not exist.
     *
     * @param declared the declaration
     */
    record Create(DeclaredResource<?> declared) implements ResourceChange {
        /** Checks the argument. */
        public Create {
            requireNonNull(declared, "declared");
        }

        @Override
        public ResourceKind<?> kind() {
            return declared.kind();
        }

        @Override
        public String name() {
            return declared.name();
        }

        @Override
        public ChangeAction action() {
            return ChangeAction.CREATE;
        }

        @Override
        public Optional<SourceLocation> location() {
            return declared.sources().root();
        }
    }

    /**
     * Updates an existing resource to its declaration.
     *
     * @param declared the declaration
     * @param existing the resource as it exists
     * @param changes the changed values, in field order
     */
    record Update(DeclaredResource<?> declared, ExistingResource<?> existing, List<FieldChange> changes)
            implements ResourceChange {
        /** Checks and copies the arguments. */
        public Update {
            requireNonNull(declared, "declared");
            requireNonNull(existing, "existing");
            changes = List.copyOf(changes);
        }

        @Override
        public ResourceKind<?> kind() {
            return declared.kind();
        }

        @Override
        public String name() {
            return declared.name();
        }

        @Override
        public ChangeAction action() {
            return ChangeAction.UPDATE;
        }

        @Override
        public Optional<SourceLocation> location() {
            return declared.sources().root();
        }
    }

    /**
     * Deletes an existing resource no declaration names.
     *
     * @param existing the resource
     */
    record Delete(ExistingResource<?> existing) implements ResourceChange {
        /** Checks the argument. */
        public Delete {
            requireNonNull(existing, "existing");
        }

        @Override
        public ResourceKind<?> kind() {
            return existing.kind();
        }

        @Override
        public String name() {
            return existing.name();
        }

        @Override
        public ChangeAction action() {
            return ChangeAction.DELETE;
        }

        @Override
        public Optional<SourceLocation> location() {
            return Optional.empty();
        }
    }
}
