package dev.komodosync.model;

import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * A permission a user group declares on the resources its target matches (behaviour §9.1).
 *
 * @param target the resources
 * @param level the level
 * @param specific the specific permissions; compared as a set
 */
public record Permission(@Required PermissionTarget target, @Default("None") PermissionLevel level, List<SpecificPermission> specific) {

    /** Copies the list, keeping the first of repeated entries. */
    public Permission {
        specific = specific.stream().distinct().toList();
    }
}
