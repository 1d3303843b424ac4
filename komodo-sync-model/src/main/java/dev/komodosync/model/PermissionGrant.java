package dev.komodosync.model;

import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.meta.ScalarForm;
import java.util.List;

/**
 * A permission level with specific permissions (behaviour §9.1), written as a level alone
 * ({@code all.Build = "Execute"}) or as a table ({@code { level = "Write", specific = ["Logs"] }}).
 *
 * @param level the level
 * @param specific the specific permissions; compared as a set
 */
@ScalarForm("level")
public record PermissionGrant(PermissionLevel level, List<SpecificPermission> specific) {

    /** Copies the list, keeping the first of repeated entries. */
    public PermissionGrant {
        specific = specific.stream().distinct().toList();
    }

    /** A level with no specific permissions. */
    public static PermissionGrant of(PermissionLevel level) {
        return new PermissionGrant(level, List.of());
    }
}
