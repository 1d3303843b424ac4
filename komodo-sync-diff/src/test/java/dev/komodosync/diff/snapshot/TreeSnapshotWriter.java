package dev.komodosync.diff.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first {@link SnapshotWriter}, kept as the reference its streaming successor is held to:
 * it built a tree of the whole document, then wrote it. (Its description follows.) Writes a
 * {@link Snapshot} as a snapshot file: Komodo's own API JSON (formats §1), which
 * {@link SnapshotReader} reads back into an equal snapshot. Resources carry {@code _id.$oid},
 * tag ids (tag names without an entry in the tag table get the id {@code tag:<name>} and one),
 * complete configs with canonical keys, and stored ids in reference fields as the snapshot holds
 * them. The file holds secret values as Komodo's API returns them: treat it like the Core itself.
 */
final class TreeSnapshotWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private TreeSnapshotWriter() {}

    /** The snapshot file's text, two-space indented, ending with a newline. */
    static String write(Snapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        ObjectNode document = NODES.objectNode();
        if (!snapshot.komodoVersion().isEmpty()) {
            document.put("komodo_version", snapshot.komodoVersion());
        }
        Map<String, String> tagIds = new LinkedHashMap<>();
        snapshot.tags().forEach(tag -> tagIds.putIfAbsent(tag.name(), tag.id()));
        snapshot.resources().forEach(r -> r.resource().tags().forEach(name -> tagIds.putIfAbsent(name, "tag:" + name)));
        ArrayNode tags = document.putArray("tags");
        tagIds.forEach((name, id) -> {
            ObjectNode tag = tags.addObject();
            tag.set("_id", oid(id));
            tag.put("name", name);
        });
        Map<ResourceKind<?>, List<ExistingResource<?>>> byKind = new LinkedHashMap<>();
        snapshot.resources().forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
        byKind.forEach((kind, resources) -> {
            ArrayNode array = document.putArray(kind.pluralKey());
            resources.forEach(resource -> array.add(resource(resource, tagIds, snapshot.runtime())));
        });
        ArrayNode variables = document.putArray("variables");
        for (Variable variable : snapshot.variables()) {
            variables.add(ValueJson.toJson(RecordType.of(Variable.class), variable, ValueJson.Style.api()));
        }
        ArrayNode users = document.putArray("users");
        for (Snapshot.User user : snapshot.users()) {
            ObjectNode entry = users.addObject();
            entry.set("_id", oid(user.id()));
            entry.put("username", user.username());
        }
        ArrayNode groups = document.putArray("user_groups");
        for (Snapshot.ExistingUserGroup group : snapshot.userGroups()) {
            ObjectNode entry = groups.addObject();
            entry.set("_id", oid(group.id()));
            entry.put("name", group.name());
            entry.put("everyone", group.everyone());
            ArrayNode members = entry.putArray("users");
            group.userIds().forEach(members::add);
            ObjectNode all = entry.putObject("all");
            group.all().forEach((type, grant) -> all.set(type.key(),
                    ValueJson.toJson(RecordType.of(PermissionGrant.class), grant, ValueJson.Style.api())));
        }
        ArrayNode permissions = document.putArray("permissions");
        for (Snapshot.StoredPermission permission : snapshot.permissions()) {
            ObjectNode entry = permissions.addObject();
            ObjectNode user = entry.putObject("user_target");
            user.put("type", "UserGroup");
            user.put("id", permission.userGroupId());
            ObjectNode target = entry.putObject("resource_target");
            target.put("type", permission.targetType().key());
            target.put("id", permission.targetId());
            entry.put("level", permission.level().key());
            ArrayNode specific = entry.putArray("specific");
            permission.specific().forEach(s -> specific.add(s.key()));
        }
        document.set("runtime", runtime(snapshot.runtime()));
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    private static ObjectNode resource(ExistingResource<?> resource, Map<String, String> tagIds, RuntimeState runtime) {
        ObjectNode entry = NODES.objectNode();
        entry.set("_id", oid(resource.id()));
        entry.put("name", resource.name());
        entry.put("description", resource.resource().description());
        entry.put("template", resource.resource().template());
        ArrayNode tags = entry.putArray("tags");
        resource.resource().tags().forEach(name -> tags.add(tagIds.get(name)));
        ObjectNode info = entry.putObject("info");
        runtime.state(resource.kind(), resource.name()).ifPresent(state -> {
            state.deployedFiles().ifPresent(files -> info.set("deployed_contents", files(files)));
            state.remoteFiles().ifPresent(files -> info.set("remote_contents", files(files)));
        });
        entry.set("config", ValueJson.toJson(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(),
                ValueJson.Style.api()));
        return entry;
    }

    private static ArrayNode files(List<RuntimeState.FileContents> files) {
        ArrayNode array = NODES.arrayNode();
        files.forEach(file -> {
            ObjectNode entry = array.addObject();
            entry.put("path", file.path());
            entry.put("contents", file.contents());
        });
        return array;
    }

    private static ObjectNode runtime(RuntimeState runtime) {
        ObjectNode node = NODES.objectNode();
        runtime.targets().keySet().stream().sorted().forEach(kind -> {
            ObjectNode targets = node.putObject(kind);
            runtime.targets().get(kind).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                ObjectNode state = targets.putObject(entry.getKey());
                state.put("state", entry.getValue().state());
                if (!entry.getValue().image().isEmpty()) {
                    state.put("image", entry.getValue().image());
                }
            });
        });
        ObjectNode versions = node.putObject("build_versions");
        runtime.buildVersions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> versions.put(entry.getKey(), entry.getValue().toString()));
        return node;
    }

    private static ObjectNode oid(String id) {
        ObjectNode oid = NODES.objectNode();
        oid.put("$oid", id);
        return oid;
    }
}
