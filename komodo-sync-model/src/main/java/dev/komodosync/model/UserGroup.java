package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Required;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user group as a sync file declares it (behaviour §1.4, §9).
 *
 * @param name the name
 * @param everyone whether every user implicitly belongs; {@code users} is then ignored
 * @param users member usernames
 * @param all permissions on every resource of a type, in declared order
 * @param permissions permissions on the resources each target matches
 */
public record UserGroup(
        @Required String name,
        boolean everyone,
        List<String> users,
        Map<ResourceTargetVariant, PermissionGrant> all,
        @Alias("permission") List<Permission> permissions) {

    /** Checks and copies the arguments, keeping the order of {@code all}. */
    public UserGroup {
        requireNonNull(name, "name");
        users = List.copyOf(users);
        all = Collections.unmodifiableMap(new LinkedHashMap<>(all));
        permissions = List.copyOf(permissions);
    }

    /** A group with no members and no permissions. */
    public static UserGroup named(String name) {
        return new UserGroup(name, false, List.of(), Map.of(), List.of());
    }
}
