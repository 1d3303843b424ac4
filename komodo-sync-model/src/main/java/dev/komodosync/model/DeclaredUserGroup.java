package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

/**
 * A user group as a sync file declares it, with where it was written.
 *
 * @param group the group
 * @param sources where the declaration and its keys were written
 */
public record DeclaredUserGroup(UserGroup group, SourceMap sources) {

    /** Checks the arguments. */
    public DeclaredUserGroup {
        requireNonNull(group, "group");
        requireNonNull(sources, "sources");
    }

    /** A declaration built in code. */
    public static DeclaredUserGroup of(UserGroup group) {
        return new DeclaredUserGroup(group, SourceMap.none());
    }

    /** The name. */
    public String name() {
        return group.name();
    }
}
