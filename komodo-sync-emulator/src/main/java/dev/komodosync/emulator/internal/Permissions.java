package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 10: a non-admin's effective permission on a resource ({@code bin/core/src/permission.rs}).
 * Admins bypass everything. Otherwise the level is the highest of: {@code Read} in transparent
 * mode; the resource's {@code base_permission}; the user's {@code all[<Kind>]}; {@code all[<Kind>]}
 * of every group the user is in (or that has {@code everyone}); every permission document for the
 * user or those groups on the resource. Specifics are unioned, and deployments and stacks inherit
 * those of their server or swarm.
 */
final class Permissions {

    /** Komodo's {@code PermissionLevel}, in order. */
    enum Level {
        None, Read, Execute, Write;

        static Level parse(String text) {
            for (Level level : values()) {
                if (level.name().equals(text)) {
                    return level;
                }
            }
            throw ApiError.schema("unknown variant `" + text + "`, expected one of `None`, `Read`, `Execute`, `Write`");
        }

        Level max(Level other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** A level with its specifics ({@code Attach}, {@code Logs}, ...). */
    record Effective(Level level, Set<String> specific) {}

    private final Store store;

    Permissions(Store store) {
        this.store = store;
    }

    /** A {@code PermissionLevelAndSpecifics}: {@code "Write"} or {@code {"level", "specific"}}. */
    static Effective parse(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return new Effective(Level.None, Set.of());
        }
        if (value.isTextual()) {
            return new Effective(Level.parse(value.asText()), Set.of());
        }
        Level level = Level.parse(value.path("level").asText("None"));
        Set<String> specific = new TreeSet<>();
        value.path("specific").forEach(s -> specific.add(s.asText()));
        return new Effective(level, specific);
    }

    Effective of(Caller caller, Kind kind, ObjectNode resource) {
        if (caller.admin()) {
            return new Effective(Level.Write, Set.of("Attach", "Inspect", "Logs", "Processes", "Terminal"));
        }
        String resourceId = Ids.of(resource);
        Level level = store.settings().transparentMode() ? Level.Read : Level.None;
        Set<String> specific = new TreeSet<>();
        List<Effective> grants = new ArrayList<>();
        grants.add(parse(resource.get("base_permission")));
        grants.add(parse(caller.user().path("all").get(kind.variant())));
        List<String> groupIds = new ArrayList<>();
        for (ObjectNode group : store.userGroups.values()) {
            if (isMember(group, caller.id())) {
                groupIds.add(Ids.of(group));
                grants.add(parse(group.path("all").get(kind.variant())));
            }
        }
        for (ObjectNode permission : store.permissions) {
            JsonNode holder = permission.path("user_target");
            JsonNode target = permission.path("resource_target");
            boolean mine = holder.path("type").asText().equals("User") && holder.path("id").asText().equals(caller.id())
                    || holder.path("type").asText().equals("UserGroup") && groupIds.contains(holder.path("id").asText());
            if (mine && target.path("type").asText().equals(kind.variant())
                    && target.path("id").asText().equals(resourceId)) {
                grants.add(parse(permission));
            }
        }
        for (Effective grant : grants) {
            level = level.max(grant.level());
            specific.addAll(grant.specific());
        }
        if (kind == Kind.DEPLOYMENT || kind == Kind.STACK) {
            inherit(caller, Kind.SERVER, resource.path("config").path("server_id").asText(""), specific);
            inherit(caller, Kind.SWARM, resource.path("config").path("swarm_id").asText(""), specific);
        }
        return new Effective(level, specific);
    }

    private void inherit(Caller caller, Kind kind, String id, Set<String> specific) {
        ObjectNode parent = id.isEmpty() ? null : store.of(kind).get(id);
        if (parent != null) {
            specific.addAll(of(caller, kind, parent).specific());
        }
    }

    static boolean isMember(JsonNode group, String userId) {
        if (group.path("everyone").asBoolean(false)) {
            return true;
        }
        for (JsonNode member : group.path("users")) {
            if (member.asText().equals(userId)) {
                return true;
            }
        }
        return false;
    }

    boolean can(Caller caller, Kind kind, ObjectNode resource, Level level) {
        return of(caller, kind, resource).level().compareTo(level) >= 0;
    }

    /** Rule 10 for a single call: 500 when the caller lacks {@code level}. */
    void require(Caller caller, Kind kind, ObjectNode resource, Level level) {
        if (!can(caller, kind, resource, level)) {
            throw ApiError.internal(denied(kind, level));
        }
    }

    static String denied(Kind kind, Level level) {
        return "User does not have required permissions on this " + kind.variant() + ". Must have at least "
                + level + " permissions";
    }

    /** §3.4: attaching to a resource needs Read and the {@code Attach} specific. */
    boolean canAttach(Caller caller, Kind kind, ObjectNode resource) {
        Effective effective = of(caller, kind, resource);
        return caller.admin() || effective.level().compareTo(Level.Read) >= 0 && effective.specific().contains("Attach");
    }
}
