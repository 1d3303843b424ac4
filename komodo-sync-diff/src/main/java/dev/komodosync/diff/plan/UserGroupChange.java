package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.UserGroup;
import java.util.List;
import java.util.Optional;

/**
 * A change to one user group (behaviour §9.2): its members, {@code everyone}, its permissions on
 * every resource of a type ({@code all.<Type>}), and its permissions on the resources its
 * patterns match, expanded against declared and existing resources.
 *
 * @param name the group's name
 * @param action what the change does
 * @param changes for updates, the changed fields: {@code users}, {@code everyone}, {@code all.<Type>}, {@code permissions}
 * @param group the group as declared, for creates and updates
 * @param permissions the permissions the group will hold on single resources, expanded and sorted
 * @param location where the declaration was written
 */
public record UserGroupChange(
        String name, ChangeAction action, List<FieldChange> changes, Optional<UserGroup> group,
        List<ResolvedPermission> permissions, Optional<SourceLocation> location) {

    /** Checks and copies the arguments. */
    public UserGroupChange {
        requireNonNull(name, "name");
        requireNonNull(action, "action");
        changes = List.copyOf(changes);
        requireNonNull(group, "group");
        permissions = List.copyOf(permissions);
        requireNonNull(location, "location");
    }
}
