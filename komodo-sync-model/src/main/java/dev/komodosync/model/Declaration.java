package dev.komodosync.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a set of sync files declares: resources of every kind, variables and user groups,
 * each with where it was written, in the order the files were read. Built by the parser, or in
 * code with {@link #builder()}. Immutable.
 *
 * @param resources the resources, in file order
 * @param variables the variables, in file order
 * @param userGroups the user groups, in file order
 */
public record Declaration(
        List<DeclaredResource<?>> resources, List<DeclaredVariable> variables, List<DeclaredUserGroup> userGroups) {

    private static final Declaration EMPTY = new Declaration(List.of(), List.of(), List.of());

    /** Copies the lists. */
    public Declaration {
        resources = List.copyOf(resources);
        variables = List.copyOf(variables);
        userGroups = List.copyOf(userGroups);
    }

    /** A declaration of nothing. */
    public static Declaration empty() {
        return EMPTY;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The resources of one kind, in file order. */
    @SuppressWarnings("unchecked")
    public <C> List<DeclaredResource<C>> resources(ResourceKind<C> kind) {
        return resources.stream()
                .filter(r -> r.kind().equals(kind))
                .map(r -> (DeclaredResource<C>) r)
                .toList();
    }

    /** Collects declarations in order. */
    public static final class Builder {
        private final List<DeclaredResource<?>> resources = new ArrayList<>();
        private final List<DeclaredVariable> variables = new ArrayList<>();
        private final List<DeclaredUserGroup> userGroups = new ArrayList<>();

        private Builder() {}

        /** Adds a declared resource. */
        public Builder add(DeclaredResource<?> resource) {
            resources.add(resource);
            return this;
        }

        /** Adds a resource declared in code. */
        public Builder add(Resource<?> resource) {
            return add(DeclaredResource.of(resource));
        }

        /** Adds a declared variable. */
        public Builder add(DeclaredVariable variable) {
            variables.add(variable);
            return this;
        }

        /** Adds a variable declared in code. */
        public Builder add(Variable variable) {
            return add(DeclaredVariable.of(variable));
        }

        /** Adds a declared user group. */
        public Builder add(DeclaredUserGroup group) {
            userGroups.add(group);
            return this;
        }

        /** Adds a user group declared in code. */
        public Builder add(UserGroup group) {
            return add(DeclaredUserGroup.of(group));
        }

        /** Adds everything another declaration holds, after what this builder has. */
        public Builder addAll(Declaration other) {
            resources.addAll(other.resources());
            variables.addAll(other.variables());
            userGroups.addAll(other.userGroups());
            return this;
        }

        /** The declaration. */
        public Declaration build() {
            return new Declaration(resources, variables, userGroups);
        }
    }
}
