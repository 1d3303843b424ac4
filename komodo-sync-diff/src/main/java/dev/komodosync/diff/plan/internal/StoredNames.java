package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Permission;
import dev.komodosync.model.PermissionTarget;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.meta.internal.ConfigTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot stores by id, by name (behaviour §4.3): configs' references, group members,
 * permission targets. Ids that name nothing become empty (references) or are dropped (members,
 * permissions), as in Komodo. Not API.
 */
public final class StoredNames {

    private final Snapshot snapshot;
    private final ResourceIndex index;
    private final Map<String, String> usernames = new LinkedHashMap<>();

    /** Names for the ids of {@code snapshot}. */
    public StoredNames(Snapshot snapshot, ResourceKinds kinds) {
        this.snapshot = snapshot;
        this.index = new ResourceIndex(Declaration.empty(), snapshot, kinds);
        snapshot.users().forEach(u -> usernames.putIfAbsent(u.id(), u.username()));
    }

    /** The resource with references by name. */
    public <C> Resource<C> resource(ExistingResource<C> existing) {
        Resource<C> resource = existing.resource();
        Object named = ConfigNormaliser.storedToNames(ConfigTypes.of(resource.kind().configClass()), resource.config(), index);
        return resource.withConfig(resource.kind().configClass().cast(named));
    }

    /** The group as a declaration would write it: members by username, its stored permissions by name. */
    public UserGroup userGroup(Snapshot.ExistingUserGroup group) {
        List<String> users = group.userIds().stream().filter(usernames::containsKey).map(usernames::get).toList();
        List<Permission> permissions = new ArrayList<>();
        for (Snapshot.StoredPermission permission : snapshot.permissions()) {
            if (!permission.userGroupId().equals(group.id()) || permission.level() == PermissionLevel.NONE) {
                continue;
            }
            index.kindByVariant(permission.targetType().key())
                    .map(kind -> index.nameOfStored(kind, permission.targetId()))
                    .filter(name -> !name.isEmpty())
                    .ifPresent(name -> permissions.add(new Permission(new PermissionTarget(permission.targetType(),
                            escapePattern(name)), permission.level(), permission.specific())));
        }
        return new UserGroup(group.name(), group.everyone(), users, group.all(), permissions);
    }

    /**
     * A resource name as a permission target, which is a pattern: wildcard characters escaped so
     * that it matches only itself.
     */
    static String escapePattern(String name) {
        if (name.length() >= 2 && name.startsWith("\\") && name.endsWith("\\")) {
            return "\\" + name;
        }
        return name.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
