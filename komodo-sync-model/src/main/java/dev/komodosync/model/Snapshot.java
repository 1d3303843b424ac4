package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What exists in a Komodo Core: resources with ids, tags, variables, user groups with their
 * permissions, users, and the runtime state deploys depend on. Stored configs hold ids in
 * reference fields, as Komodo keeps them (behaviour §4.3); the planner turns them into names.
 * Loaded from a snapshot file, or built in code with {@link #builder()}. Immutable.
 *
 * @param komodoVersion the version of the Core the snapshot came from, or empty
 * @param tags the tag table
 * @param resources the resources of every kind
 * @param variables the variables
 * @param userGroups the user groups
 * @param permissions the permissions of user groups on resources
 * @param users the users, for the usernames of group members
 * @param runtime the runtime state
 */
public record Snapshot(
        String komodoVersion,
        List<Tag> tags,
        List<ExistingResource<?>> resources,
        List<Variable> variables,
        List<ExistingUserGroup> userGroups,
        List<StoredPermission> permissions,
        List<User> users,
        RuntimeState runtime) {

    private static final Snapshot EMPTY = builder().build();

    /** Copies the lists. */
    public Snapshot {
        requireNonNull(komodoVersion, "komodoVersion");
        tags = List.copyOf(tags);
        resources = ResourcesByKind.copyOf(resources);
        variables = List.copyOf(variables);
        userGroups = List.copyOf(userGroups);
        permissions = List.copyOf(permissions);
        users = List.copyOf(users);
        requireNonNull(runtime, "runtime");
    }

    /** A Komodo with nothing in it. */
    public static Snapshot empty() {
        return EMPTY;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The resources of one kind. */
    @SuppressWarnings("unchecked")
    public <C> List<ExistingResource<C>> resources(ResourceKind<C> kind) {
        requireNonNull(kind, "kind");
        // Every element is an ExistingResource of this kind, so of config C.
        return (List<ExistingResource<C>>) (List<?>) ((ResourcesByKind) resources).ofKind(kind);
    }

    /**
     * A tag.
     *
     * @param id Komodo's id
     * @param name the name
     */
    public record Tag(String id, String name) {}

    /**
     * A user.
     *
     * @param id Komodo's id
     * @param username the username
     */
    public record User(String id, String username) {}

    /**
     * A user group as Komodo stores it: members by user id; permissions on single resources are
     * {@link StoredPermission}s.
     *
     * @param id Komodo's id
     * @param name the name
     * @param everyone whether every user implicitly belongs
     * @param userIds member user ids
     * @param all permissions on every resource of a type
     */
    public record ExistingUserGroup(
            String id, String name, boolean everyone, List<String> userIds, Map<ResourceTargetVariant, PermissionGrant> all) {
        /** Copies the collections, keeping the order of {@code all}. */
        public ExistingUserGroup {
            userIds = List.copyOf(userIds);
            all = Collections.unmodifiableMap(new LinkedHashMap<>(all));
        }
    }

    /**
     * A user group's permission on one resource, as Komodo stores it.
     *
     * @param userGroupId the group's id
     * @param targetType the resource's type
     * @param targetId the resource's id
     * @param level the level
     * @param specific the specific permissions
     */
    public record StoredPermission(
            String userGroupId,
            ResourceTargetVariant targetType,
            String targetId,
            PermissionLevel level,
            List<SpecificPermission> specific) {
        /** Copies the list. */
        public StoredPermission {
            specific = List.copyOf(specific);
        }
    }

    /** Collects the parts of a snapshot. */
    public static final class Builder {
        private String komodoVersion = "";
        private final List<Tag> tags = new ArrayList<>();
        private final List<ExistingResource<?>> resources = new ArrayList<>();
        private final List<Variable> variables = new ArrayList<>();
        private final List<ExistingUserGroup> userGroups = new ArrayList<>();
        private final List<StoredPermission> permissions = new ArrayList<>();
        private final List<User> users = new ArrayList<>();
        private RuntimeState runtime = RuntimeState.none();

        private Builder() {}

        /** The Core's version. */
        public Builder komodoVersion(String value) {
            this.komodoVersion = requireNonNull(value, "komodoVersion");
            return this;
        }

        /** Adds a tag. */
        public Builder add(Tag tag) {
            tags.add(tag);
            return this;
        }

        /** Adds a resource. */
        public Builder add(ExistingResource<?> resource) {
            resources.add(resource);
            return this;
        }

        /** Adds a variable. */
        public Builder add(Variable variable) {
            variables.add(variable);
            return this;
        }

        /** Adds a user group. */
        public Builder add(ExistingUserGroup group) {
            userGroups.add(group);
            return this;
        }

        /** Adds a permission. */
        public Builder add(StoredPermission permission) {
            permissions.add(permission);
            return this;
        }

        /** Adds a user. */
        public Builder add(User user) {
            users.add(user);
            return this;
        }

        /** The runtime state. */
        public Builder runtime(RuntimeState value) {
            this.runtime = requireNonNull(value, "runtime");
            return this;
        }

        /** The snapshot. */
        public Snapshot build() {
            return new Snapshot(komodoVersion, tags, resources, variables, userGroups, permissions, users, runtime);
        }
    }
}
