package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.ResolvedPermission;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Permission;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.internal.pattern.NameMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * User-group changes (behaviour §9.2). Permission targets are patterns expanded against
 * declared and existing resources alike, so a permission on a resource the same run creates is
 * planned now (a departure from §7.3); the applier sets permissions after creating resources.
 * Existing permissions a group no longer declares are reset to {@code None}, even when deletes
 * are off, as in Komodo.
 */
final class UserGroupPlanner {

    private static final ValueType USERS = new ValueType.ListType(new ValueType.StringType());
    private static final ValueType BOOLEAN = new ValueType.BooleanType();
    private static final ValueType GRANT = RecordType.of(PermissionGrant.class);
    private static final ValueType PERMISSIONS = new ValueType.ListType(RecordType.of(ResolvedPermission.class));

    private final ResourceIndex index;
    private final Snapshot snapshot;
    private final List<Diagnostic> diagnostics;

    UserGroupPlanner(ResourceIndex index, Snapshot snapshot, List<Diagnostic> diagnostics) {
        this.index = index;
        this.snapshot = snapshot;
        this.diagnostics = diagnostics;
    }

    /** The checks of the groups' permission targets alone, planning nothing. */
    void check(List<DeclaredUserGroup> declarations) {
        declarations.forEach(this::expand);
    }

    List<UserGroupChange> plan(List<DeclaredUserGroup> declarations, boolean deletes) {
        Map<String, String> usernames = new LinkedHashMap<>();
        snapshot.users().forEach(u -> usernames.putIfAbsent(u.id(), u.username()));
        Set<String> knownUsernames = new HashSet<>(usernames.values());
        Map<String, Snapshot.ExistingUserGroup> existing = new TreeMap<>();
        snapshot.userGroups().forEach(g -> existing.putIfAbsent(g.name(), g));
        Map<String, DeclaredUserGroup> declared = new LinkedHashMap<>();
        declarations.forEach(g -> declared.putIfAbsent(g.name(), g));
        List<UserGroupChange> creates = new ArrayList<>();
        List<UserGroupChange> updates = new ArrayList<>();
        List<UserGroupChange> removals = new ArrayList<>();
        for (DeclaredUserGroup group : declared.values()) {
            warnUnknownUsers(group, knownUsernames);
            List<ResolvedPermission> wantedPermissions = expand(group);
            UserGroup wanted = group.group();
            List<String> wantedUsers = wanted.everyone() ? List.of() : wanted.users().stream().sorted().toList();
            Snapshot.ExistingUserGroup current = existing.get(group.name());
            if (current == null) {
                creates.add(new UserGroupChange(group.name(), ChangeAction.CREATE, List.of(), Optional.of(wanted), wantedPermissions,
                        group.sources().root()));
                continue;
            }
            List<FieldChange> changes = new ArrayList<>();
            List<String> currentUsers = current.everyone() ? List.of() : current.userIds().stream()
                    .filter(usernames::containsKey).map(usernames::get).sorted().toList();
            if (!wantedUsers.equals(currentUsers)) {
                changes.add(FieldChanges.of("users", USERS, currentUsers, wantedUsers));
            }
            if (wanted.everyone() != current.everyone()) {
                changes.add(FieldChanges.of("everyone", BOOLEAN, current.everyone(), wanted.everyone()));
            }
            for (ResourceTargetVariant type : ResourceTargetVariant.values()) {
                PermissionGrant want = normalised(wanted.all().get(type));
                PermissionGrant have = normalised(current.all().get(type));
                if (!want.equals(have)) {
                    changes.add(FieldChanges.of("all." + type.key(), GRANT, have, want));
                }
            }
            List<ResolvedPermission> currentPermissions = stored(current.id());
            if (!wantedPermissions.equals(currentPermissions)) {
                changes.add(FieldChanges.of("permissions", PERMISSIONS, currentPermissions, wantedPermissions));
            }
            if (!changes.isEmpty()) {
                updates.add(new UserGroupChange(group.name(), ChangeAction.UPDATE, changes, Optional.of(wanted), wantedPermissions,
                        group.sources().root()));
            }
        }
        if (deletes) {
            existing.forEach((name, group) -> {
                if (!declared.containsKey(name)) {
                    removals.add(new UserGroupChange(name, ChangeAction.DELETE, List.of(), Optional.empty(), List.of(),
                            Optional.empty()));
                }
            });
        }
        Comparator<UserGroupChange> byName = Comparator.comparing(UserGroupChange::name);
        creates.sort(byName);
        updates.sort(byName);
        List<UserGroupChange> ordered = new ArrayList<>(creates);
        ordered.addAll(updates);
        ordered.addAll(removals);
        return ordered;
    }

    /** A grant with its specifics as a sorted set; absent is {@code None}. */
    private static PermissionGrant normalised(PermissionGrant grant) {
        if (grant == null) {
            return PermissionGrant.of(PermissionLevel.NONE);
        }
        Set<SpecificPermission> specific = grant.specific().isEmpty() ? EnumSet.noneOf(SpecificPermission.class)
                : EnumSet.copyOf(grant.specific());
        return new PermissionGrant(grant.level(), List.copyOf(specific));
    }

    /** Declared permissions, patterns expanded, level {@code None} dropped, sorted; later entries win. */
    private List<ResolvedPermission> expand(DeclaredUserGroup group) {
        Map<String, ResolvedPermission> byTarget = new LinkedHashMap<>();
        List<Permission> permissions = group.group().permissions();
        for (int i = 0; i < permissions.size(); i++) {
            Permission permission = permissions.get(i);
            ResourceTargetVariant type = permission.target().type();
            String pattern = permission.target().id();
            if (permission.level() == PermissionLevel.NONE || type == ResourceTargetVariant.SYSTEM || pattern.isEmpty()) {
                continue;
            }
            Optional<ResourceKind<?>> kind = index.kindByVariant(type.key());
            Optional<NameMatcher> matcher = NameMatcher.compile(pattern).matcher();
            if (kind.isEmpty() || matcher.isEmpty()) {
                continue;
            }
            List<String> matches = index.matching(kind.get(), matcher.get());
            Optional<SourceLocation> at = group.sources().locate("permissions[" + i + "].target.id");
            if (matches.isEmpty() && !index.existingKnown()) {
                diagnostics.add(ReferenceChecks.undeclared("user group `" + group.name() + "`: permission target `"
                        + pattern + "` matches no declared " + kind.get().key(), at, Optional.empty()));
            } else if (matches.isEmpty()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.PATTERN_MATCHES_NOTHING, "user group `" + group.name()
                                + "`: permission target `" + pattern + "` matches no declared or existing " + kind.get().key())
                        // the pattern itself: an element's own position is where tomlj puts it, the line break before it
                        .at(group.sources().locate("permissions[" + i + "].target.id"))
                        .withHint("check the name; a regex is written between backslashes, \\^like-this.*\\"));
            }
            if (index.existingKnown()) {
                newResources(group, kind.get(), matches, at);
            }
            for (String name : matches) {
                byTarget.put(type.key() + "\u0000" + name,
                        new ResolvedPermission(type, name, permission.level(), permission.specific()));
            }
        }
        return byTarget.values().stream().sorted(ResolvedPermission.ORDER).toList();
    }

    /**
     * Behaviour §7.3 (Komodo PR #1582): Komodo matches permission targets against existing
     * resources only, so a permission on a resource the same run creates is dropped until its
     * next run; this plan sets it after the create.
     */
    private void newResources(DeclaredUserGroup group, ResourceKind<?> kind, List<String> matches,
            Optional<SourceLocation> at) {
        List<String> created = matches.stream().filter(name -> index.existing(kind, name).isEmpty()).toList();
        if (!created.isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.PERMISSION_ON_NEW_RESOURCE, "user group `" + group.name()
                            + "`: a permission on " + kind.key() + " " + created.stream().limit(5)
                                    .map(name -> "`" + name + "`").collect(java.util.stream.Collectors.joining(", "))
                            + (created.size() > 5 ? ", …" : "") + ", which this run creates; Komodo v2.3.2 matches"
                            + " permission targets against existing resources only and would drop it until its next run"
                            + " (Komodo PR #1582)")
                    .at(at)
                    .withHint("this plan sets the permission after the create"));
        }
    }

    /** A group's stored permissions above {@code None}, by resource name, sorted. */
    private List<ResolvedPermission> stored(String groupId) {
        List<ResolvedPermission> permissions = new ArrayList<>();
        for (Snapshot.StoredPermission permission : snapshot.permissions()) {
            if (!permission.userGroupId().equals(groupId) || permission.level() == PermissionLevel.NONE) {
                continue;
            }
            index.kindByVariant(permission.targetType().key())
                    .map(kind -> index.nameOfStored(kind, permission.targetId()))
                    .filter(name -> !name.isEmpty())
                    .ifPresent(name -> permissions.add(new ResolvedPermission(permission.targetType(), name,
                            permission.level(), permission.specific())));
        }
        return permissions.stream().sorted(ResolvedPermission.ORDER).toList();
    }

    private void warnUnknownUsers(DeclaredUserGroup group, Set<String> knownUsernames) {
        if (group.group().everyone()) {
            return;
        }
        List<String> users = group.group().users();
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            if (!knownUsernames.contains(user)) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.UNKNOWN_USER, "user group `" + group.name() + "`: `" + user
                                + "` is not the username of any existing user")
                        .at(group.sources().locate("users[" + i + "]"))
                        .withHint("Komodo drops unknown users, so the group shows a change on every run; "
                                + "write existing usernames, not ids"));
            }
        }
    }
}
