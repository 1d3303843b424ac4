package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Optional;

/**
 * User groups, permissions and users (komodo-api §3.6, rule 8): group calls are admin-only (403),
 * permission calls admin-only with 500; {@code SetUsersInUserGroup} maps usernames to ids,
 * dropping unknown ones and keeping ObjectId-looking entries verbatim;
 * {@code UpdatePermissionOnTarget} upserts one document per (holder, target) and stores
 * {@code None}; {@code ListUserGroups} shows a non-admin only its groups;
 * {@code ListUserTargetPermissions} of an unknown holder is {@code []}.
 */
final class GroupCalls {

    private final Store store;

    GroupCalls(Store store) {
        this.store = store;
    }

    void register(Api api) {
        api.read("ListUserGroups", call -> {
            ArrayNode out = Call.NODES.arrayNode();
            store.userGroups.values().stream().sorted(Store.BY_NAME)
                    .filter(g -> call.caller().admin() || Permissions.isMember(g, call.caller().id()))
                    .forEach(g -> out.add(g.deepCopy()));
            return out;
        });
        api.read("GetUserGroup", call -> {
            ObjectNode group = group(call.stringOf("user_group", "id", "name"));
            if (!call.caller().admin() && !Permissions.isMember(group, call.caller().id())) {
                throw ApiError.internal("User is not in this user group");
            }
            return group.deepCopy();
        });
        api.read("ListUsers", call -> {
            adminOnly(call);
            ArrayNode out = Call.NODES.arrayNode();
            store.users.values().stream().sorted(Comparator.comparing(u -> u.path("username").asText()))
                    .forEach(u -> out.add(u.deepCopy()));
            return out;
        });
        api.read("ListUserTargetPermissions", call -> {
            adminOnly(call);
            ObjectNode holder = call.object("user_target");
            ArrayNode out = Call.NODES.arrayNode();
            holderId(holder).ifPresent(id -> store.permissions.stream()
                    .filter(p -> p.path("user_target").path("type").asText().equals(holder.path("type").asText())
                            && p.path("user_target").path("id").asText().equals(id))
                    .forEach(p -> out.add(p.deepCopy())));
            return out;
        });
        api.read("ListPermissions", call -> {
            ArrayNode out = Call.NODES.arrayNode();
            store.permissions.stream()
                    .filter(p -> p.path("user_target").path("type").asText().equals("User")
                            && p.path("user_target").path("id").asText().equals(call.caller().id()))
                    .forEach(p -> out.add(p.deepCopy()));
            return out;
        });
        api.write("CreateUserGroup", call -> {
            groupAdmin(call);
            String name = call.string("name");
            if (store.userGroup(name).isPresent()) {
                throw MetaCalls.duplicate("UserGroup", name);
            }
            ObjectNode group = Call.NODES.objectNode();
            String id = Ids.next();
            group.set("_id", Ids.oid(id));
            group.put("name", name);
            group.put("everyone", false);
            group.putArray("users");
            group.putObject("all");
            group.put("updated_at", System.currentTimeMillis());
            store.userGroups.put(id, group);
            return group.deepCopy();
        });
        api.write("RenameUserGroup", call -> {
            groupAdmin(call);
            ObjectNode group = byId(call.string("id"));
            String name = call.string("name");
            if (store.userGroup(name).filter(other -> other != group).isPresent()) {
                throw MetaCalls.duplicate("UserGroup", name);
            }
            group.put("name", name);
            return touched(group);
        });
        api.write("DeleteUserGroup", call -> {
            groupAdmin(call);
            ObjectNode group = byId(call.string("id"));
            String id = Ids.of(group);
            store.userGroups.remove(id);
            store.permissions.removeIf(p -> p.path("user_target").path("type").asText().equals("UserGroup")
                    && p.path("user_target").path("id").asText().equals(id));
            return group;
        });
        api.write("AddUserToUserGroup", call -> {
            groupAdmin(call);
            ObjectNode group = group(call.string("user_group"));
            ObjectNode user = store.user(call.string("user"))
                    .orElseThrow(() -> ApiError.notFound("User", call.string("user")));
            ArrayNode users = (ArrayNode) group.get("users");
            if (!Permissions.isMember(group.deepCopy().put("everyone", false), Ids.of(user))) {
                users.add(Ids.of(user));
            }
            return touched(group);
        });
        api.write("RemoveUserFromUserGroup", call -> {
            groupAdmin(call);
            ObjectNode group = group(call.string("user_group"));
            String userId = store.user(call.string("user")).map(Ids::of).orElse(call.string("user"));
            ArrayNode kept = Call.NODES.arrayNode();
            group.path("users").forEach(u -> {
                if (!u.asText().equals(userId)) {
                    kept.add(u);
                }
            });
            group.set("users", kept);
            return touched(group);
        });
        api.write("SetUsersInUserGroup", call -> {
            groupAdmin(call);
            ObjectNode group = group(call.string("user_group"));
            ArrayNode ids = Call.NODES.arrayNode();
            for (JsonNode entry : call.params().path("users")) {
                String value = entry.asText("");
                if (Ids.isObjectId(value)) {
                    ids.add(value);
                } else {
                    store.user(value).ifPresent(user -> ids.add(Ids.of(user)));
                }
            }
            group.set("users", ids);
            return touched(group);
        });
        api.write("SetEveryoneUserGroup", call -> {
            groupAdmin(call);
            ObjectNode group = group(call.string("user_group"));
            group.put("everyone", call.bool("everyone", false));
            return touched(group);
        });
        api.write("UpdatePermissionOnTarget", this::permissionOnTarget);
        api.write("UpdatePermissionOnResourceType", call -> {
            adminOnly(call);
            ObjectNode holder = holder(call.object("user_target"));
            String type = call.string("resource_type");
            Kind.byVariant(type).orElseThrow(() -> ApiError.schema("resource_type: unknown variant `" + type + "`"));
            JsonNode permission = permission(call);
            if (!holder.path("all").isObject()) {
                holder.putObject("all");
            }
            ((ObjectNode) holder.get("all")).set(type, permission.deepCopy());
            holder.put("updated_at", System.currentTimeMillis());
            return Call.NODES.objectNode();
        });
    }

    private JsonNode permissionOnTarget(Call call) {
        adminOnly(call);
        ObjectNode holderTarget = call.object("user_target");
        ObjectNode holder = holder(holderTarget);
        ObjectNode target = call.object("resource_target");
        String type = target.path("type").asText("");
        String targetId = target.path("id").asText("");
        if (!type.equals("System")) {
            Kind kind = Kind.byVariant(type).orElseThrow(() -> ApiError.schema("resource_target: unknown variant `" + type + "`"));
            targetId = Ids.of(store.lookup(kind, targetId).orElseThrow(
                    () -> ApiError.internal("No matching " + type.toLowerCase(java.util.Locale.ROOT) + " found")));
        }
        Permissions.Effective grant = Permissions.parse(permission(call));
        String holderType = holderTarget.path("type").asText();
        String holderId = Ids.of(holder);
        String resolvedTarget = targetId;
        ObjectNode permission = store.permissions.stream()
                .filter(p -> p.path("user_target").path("type").asText().equals(holderType)
                        && p.path("user_target").path("id").asText().equals(holderId)
                        && p.path("resource_target").path("type").asText().equals(type)
                        && p.path("resource_target").path("id").asText().equals(resolvedTarget))
                .findFirst().orElseGet(() -> {
                    ObjectNode created = Call.NODES.objectNode();
                    created.set("_id", Ids.oid(Ids.next()));
                    created.putObject("user_target").put("type", holderType).put("id", holderId);
                    created.putObject("resource_target").put("type", type).put("id", resolvedTarget);
                    store.permissions.add(created);
                    return created;
                });
        permission.put("level", grant.level().name());
        ArrayNode specific = permission.putArray("specific");
        grant.specific().forEach(specific::add);
        return Call.NODES.objectNode();
    }

    /** The {@code permission} param: a level, or a level with specifics; checked. */
    private static JsonNode permission(Call call) {
        JsonNode permission = call.params().get("permission");
        if (permission == null || permission.isNull()) {
            throw ApiError.schema("missing field `permission`");
        }
        Permissions.parse(permission);
        return permission;
    }

    /** A {@code UserTarget}: a user by username or id, or a group by name or id. */
    private ObjectNode holder(ObjectNode target) {
        String type = target.path("type").asText("");
        String id = target.path("id").asText("");
        Optional<ObjectNode> found = switch (type) {
            case "User" -> store.user(id);
            case "UserGroup" -> store.userGroup(id);
            default -> throw ApiError.schema("user_target: unknown variant `" + type + "`");
        };
        return found.orElseThrow(() -> ApiError.notFound(type, id));
    }

    private Optional<String> holderId(ObjectNode target) {
        String id = target.path("id").asText("");
        return switch (target.path("type").asText("")) {
            case "User" -> store.user(id).map(Ids::of);
            case "UserGroup" -> store.userGroup(id).map(Ids::of);
            default -> Optional.empty();
        };
    }

    private ObjectNode group(String idOrName) {
        return store.userGroup(idOrName).orElseThrow(() -> ApiError.internal("no user group with given id"));
    }

    /** {@code DeleteUserGroup}, {@code RenameUserGroup}: by id only (a name fails). */
    private ObjectNode byId(String id) {
        ObjectNode group = Ids.isObjectId(id) ? store.userGroups.get(id.toLowerCase(java.util.Locale.ROOT)) : null;
        if (group == null) {
            throw ApiError.internal("no user group with given id", "Did not find any UserGroup with id " + id);
        }
        return group;
    }

    private static ObjectNode touched(ObjectNode group) {
        group.put("updated_at", System.currentTimeMillis());
        return group.deepCopy();
    }

    private static void groupAdmin(Call call) {
        if (!call.caller().admin()) {
            throw ApiError.status(403, "This call is admin only");
        }
    }

    private static void adminOnly(Call call) {
        if (!call.caller().admin()) {
            throw ApiError.internal("this method is admin only");
        }
    }
}
