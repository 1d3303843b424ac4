package dev.komodosync.diff.plan;

import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import java.util.Comparator;
import java.util.List;

/**
 * A user group's permission on one resource, by name: a declared target pattern expanded, or a
 * stored permission with its resource's id turned into a name.
 *
 * @param type the resource's type
 * @param name the resource's name
 * @param level the level
 * @param specific the specific permissions, sorted
 */
public record ResolvedPermission(
        ResourceTargetVariant type, String name, PermissionLevel level, List<SpecificPermission> specific) {

    /** Komodo's order (behaviour §9.2 step 7): by type in declaration order, then by name. */
    public static final Comparator<ResolvedPermission> ORDER = Comparator
            .comparing(ResolvedPermission::type)
            .thenComparing(ResolvedPermission::name);

    /** Copies the list, sorted and without repeats. */
    public ResolvedPermission {
        specific = specific.stream().distinct().sorted().toList();
    }
}
