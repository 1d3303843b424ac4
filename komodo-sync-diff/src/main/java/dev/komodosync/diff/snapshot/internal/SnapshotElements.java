package dev.komodosync.diff.snapshot.internal;

import dev.komodosync.diff.snapshot.internal.SnapshotAssembler.PendingResource;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.RuntimeState.FileContents;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns single snapshot elements, in Komodo's API JSON shapes ({@code komodo-client-types.d.ts}),
 * into model values and hands them to the {@link SnapshotAssembler}. An element missing what
 * identifies it (an id, a name) is reported and left out; any other bad value is reported and
 * takes its default.
 */
final class SnapshotElements {

    /** {@code {"type": "UserGroup", ...}}: the only permission holders a sync manages (behaviour §9.2). */
    private static final String USER_GROUP_TARGET = "UserGroup";

    private static final ValueType FILES = new ValueType.ListType(RecordType.of(FileContents.class));
    private static final ValueType TARGET_TYPE = new ValueType.EnumType(ResourceTargetVariant.class);
    private static final ValueType GRANT = RecordType.of(PermissionGrant.class);
    private static final ValueType ALL = RecordType.of(UserGroup.class).field("all").orElseThrow().type();

    private final SnapshotAssembler into;
    /** Per kind, the ids and the names seen so far, to report the second of two (behaviour: one id, one name). */
    private final Map<ResourceKind<?>, Map<String, String>> idsByKind = new HashMap<>();
    private final Map<ResourceKind<?>, Map<String, String>> namesByKind = new HashMap<>();
    /** How a diagnostic names an element of each kind ("the stack"), made once per kind rather than per element. */
    private final Map<ResourceKind<?>, String> whats = new HashMap<>();
    private final Map<String, String> tagIds = new HashMap<>();

    SnapshotElements(SnapshotAssembler into) {
        this.into = into;
    }

    /** A {@code Resource<Config, Info>}; the config keeps ids in its reference fields. */
    <C> void resource(ResourceKind<C> kind, SnapshotElement element) {
        String what = whats.get(kind);
        if (what == null) {
            what = "the " + kind.displayName().toLowerCase(Locale.ROOT);
            whats.put(kind, what);
        }
        Optional<String> id = element.id(what);
        Optional<String> name = element.requiredString("name", what);
        String description = element.string("description").orElse("");
        boolean template = element.bool("template");
        List<String> tagIds = element.strings("tags");
        C config = kind.configClass().cast(element.bind("config", ConfigTypes.of(kind.configClass()), kind.defaults()));
        Optional<List<FileContents>> deployed = Optional.empty();
        Optional<List<FileContents>> remote = Optional.empty();
        if (kind.deployable()) {
            Optional<SnapshotElement> info = element.object("info");
            if (info.isPresent()) {
                deployed = files(info.get(), "deployed_contents");
                remote = files(info.get(), "remote_contents");
            }
        }
        if (id.isEmpty() || name.isEmpty()) {
            return;
        }
        String earlierName = ofKind(idsByKind, kind).putIfAbsent(id.get(), name.get());
        if (earlierName != null) {
            element.duplicate(what + " `" + name.get() + "` has the id " + id.get() + " of `" + earlierName
                    + "` before it; it is left out", "Komodo gives every resource its own id: fix the snapshot");
            return;
        }
        String earlierId = ofKind(namesByKind, kind).putIfAbsent(name.get(), id.get());
        if (earlierId != null) {
            element.duplicate("a second " + kind.displayName().toLowerCase(Locale.ROOT) + " is named `" + name.get()
                    + "` (ids " + earlierId + " and " + id.get() + "); it is left out",
                    "Komodo's names are unique per kind: fix the snapshot");
            return;
        }
        Resource<C> resource = new Resource<>(kind, name.get(), description, template, List.of(), config);
        into.resource(new PendingResource(id.get(), resource, tagIds, deployed, remote));
    }

    /** The table of {@code kind} in {@code byKind}, made on first use (no lambda: one links a call site at start). */
    private static Map<String, String> ofKind(Map<ResourceKind<?>, Map<String, String>> byKind, ResourceKind<?> kind) {
        Map<String, String> table = byKind.get(kind);
        if (table == null) {
            table = new HashMap<>();
            byKind.put(kind, table);
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<FileContents>> files(SnapshotElement info, String key) {
        return info.get(key).isEmpty() ? Optional.empty()
                : Optional.of((List<FileContents>) info.bind(key, FILES, List.of()));
    }

    /** A {@code Tag}. */
    void tag(SnapshotElement element) {
        Optional<String> id = element.id("the tag");
        Optional<String> name = element.requiredString("name", "the tag");
        if (id.isPresent() && name.isPresent()) {
            String earlier = tagIds.putIfAbsent(id.get(), name.get());
            if (earlier != null) {
                element.duplicate("tag `" + name.get() + "` has the id " + id.get() + " of tag `" + earlier
                        + "` before it; it is left out", "Komodo gives every tag its own id: fix the snapshot");
                return;
            }
            into.tag(id.get(), name.get());
        }
    }

    /** A {@code Variable}; its value is a {@link Secret} whether or not it is secret. */
    void variable(SnapshotElement element) {
        Optional<String> name = element.requiredString("name", "the variable");
        String value = element.string("value").orElse("");
        String description = element.string("description").orElse("");
        boolean secret = element.bool("is_secret");
        if (name.isPresent()) {
            into.variable(new Variable(name.get(), Secret.of(value), description, secret));
        }
    }

    /** A {@code User}: only its id and username matter to a sync. */
    void user(SnapshotElement element) {
        Optional<String> id = element.id("the user");
        Optional<String> username = element.requiredString("username", "the user");
        if (id.isPresent() && username.isPresent()) {
            into.user(new Snapshot.User(id.get(), username.get()));
        }
    }

    /** A {@code UserGroup}: members by user id, {@code all} as a level or a level with specifics. */
    @SuppressWarnings("unchecked")
    void userGroup(SnapshotElement element) {
        Optional<String> id = element.id("the user group");
        Optional<String> name = element.requiredString("name", "the user group");
        boolean everyone = element.bool("everyone");
        List<String> users = element.strings("users");
        Map<ResourceTargetVariant, PermissionGrant> all =
                (Map<ResourceTargetVariant, PermissionGrant>) element.bind("all", ALL, Map.of());
        if (id.isPresent() && name.isPresent()) {
            into.userGroup(new Snapshot.ExistingUserGroup(id.get(), name.get(), everyone, users, all));
        }
    }

    /** A {@code Permission}; only a user group's are kept, a user's own are no sync's business. */
    void permission(SnapshotElement element) {
        Optional<SnapshotElement> holder = element.requiredObject("user_target", "the permission");
        if (holder.isEmpty() || !holder.get().string("type").orElse("").equals(USER_GROUP_TARGET)) {
            return;
        }
        Optional<String> groupId = holder.get().requiredString("id", "the permission");
        Optional<SnapshotElement> target = element.requiredObject("resource_target", "the permission");
        Optional<ResourceTargetVariant> type = target.isPresent() ? targetType(target.get()) : Optional.empty();
        Optional<String> targetId = target.isPresent() ? target.get().requiredString("id", "the permission")
                : Optional.empty();
        PermissionGrant grant = (PermissionGrant) element.bindSelf(GRANT);
        if (groupId.isPresent() && type.isPresent() && targetId.isPresent()) {
            into.permission(new Snapshot.StoredPermission(
                    groupId.get(), type.get(), targetId.get(), grant.level(), grant.specific()));
        }
    }

    private static Optional<ResourceTargetVariant> targetType(SnapshotElement target) {
        if (target.get("type").isEmpty()) {
            target.requiredString("type", "the permission");
            return Optional.empty();
        }
        Optional<Object> type = target.bindStrictly("type", TARGET_TYPE);
        return type.isPresent() ? Optional.of((ResourceTargetVariant) type.get()) : Optional.empty();
    }

    /** {@code runtime.<plural key>.<name>}: {@code {state, image}}. */
    void target(ResourceKind<?> kind, String name, SnapshotElement element) {
        if (!element.requireObject()) {
            return;
        }
        String state = element.string("state").orElse("unknown");
        String image = element.string("image").orElse("");
        into.target(kind, name, state, image);
    }

    /** {@code runtime.build_versions.<build>}: {@code "1.4.3"} or {@code {major, minor, patch}}. */
    void buildVersion(String build, SnapshotElement element) {
        Optional<Object> version = element.bindSelfStrictly(new ValueType.VersionType());
        if (version.isPresent()) {
            into.buildVersion(build, (Version) version.get());
        }
    }
}
