package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code UpdateResourceMeta} (komodo-api §3.5: tags by name or id, a missing one created on the
 * fly, an unresolvable one dropped, ids stored in the given order) and the tag calls
 * ({@code ListTags}, {@code GetTag}, {@code CreateTag}, {@code RenameTag}, {@code UpdateTagColor},
 * {@code DeleteTag}).
 */
final class MetaCalls {

    private final Store store;
    private final Permissions permissions;

    MetaCalls(Store store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    void register(Api api) {
        api.write("UpdateResourceMeta", this::updateMeta);
        api.read("ListTags", call -> {
            ArrayNode out = Call.NODES.arrayNode();
            store.tags.values().stream().sorted(Store.BY_NAME).forEach(tag -> out.add(tag.deepCopy()));
            return out;
        });
        api.read("GetTag", call -> tag(call.stringOf("tag", "id")).deepCopy());
        api.write("CreateTag", call -> createTag(call.string("name"), call.optionalString("color"), call.caller(), true)
                .orElseThrow().deepCopy());
        api.write("RenameTag", call -> {
            ObjectNode tag = ownTag(call, call.string("id"));
            String name = call.string("name");
            if (store.tag(name).filter(other -> other != tag).isPresent()) {
                throw duplicate("Tag", name);
            }
            tag.put("name", name);
            return tag.deepCopy();
        });
        api.write("UpdateTagColor", call -> {
            ObjectNode tag = ownTag(call, call.string("tag"));
            tag.put("color", call.string("color"));
            return tag.deepCopy();
        });
        api.write("DeleteTag", call -> {
            ObjectNode tag = ownTag(call, call.string("id"));
            String id = Ids.of(tag);
            store.tags.remove(id);
            for (Kind kind : Kind.values()) {
                if (kind == Kind.SWARM) {
                    continue; // Core 2.3.2 leaves the tag on swarms (komodo-api §3.5).
                }
                for (ObjectNode resource : store.of(kind).values()) {
                    ArrayNode kept = Call.NODES.arrayNode();
                    resource.path("tags").forEach(t -> {
                        if (!t.asText().equals(id)) {
                            kept.add(t);
                        }
                    });
                    resource.set("tags", kept);
                }
            }
            return tag;
        });
    }

    private JsonNode updateMeta(Call call) {
        ObjectNode target = call.object("target");
        String type = target.path("type").asText("");
        if (type.equals("System")) {
            throw ApiError.status(400, "Cannot update meta of System resource target");
        }
        Kind kind = Kind.byVariant(type).orElseThrow(() -> ApiError.schema("target: unknown variant `" + type + "`"));
        ObjectNode resource = store.find(kind, target.path("id").asText(""));
        permissions.require(call.caller(), kind, resource, Permissions.Level.Write);
        call.optionalString("description").ifPresent(description -> resource.put("description", description));
        if (call.present("template")) {
            resource.put("template", call.bool("template", false));
        }
        if (call.present("tags")) {
            ArrayNode ids = Call.NODES.arrayNode();
            for (JsonNode tag : call.params().get("tags")) {
                String idOrName = tag.asText("");
                Optional<ObjectNode> found = store.tag(idOrName);
                if (found.isEmpty() && !Ids.isObjectId(idOrName) && !idOrName.isEmpty()) {
                    found = createTag(idOrName, Optional.empty(), call.caller(), false);
                }
                found.ifPresent(t -> ids.add(Ids.of(t)));
            }
            resource.set("tags", ids);
        }
        resource.put("updated_at", System.currentTimeMillis());
        return Call.NODES.objectNode();
    }

    /** Creates a tag; {@code strict} fails as {@code CreateTag} does, else an impossible tag is empty. */
    private Optional<ObjectNode> createTag(String name, Optional<String> color, Caller caller, boolean strict) {
        if (Ids.isObjectId(name)) {
            if (strict) {
                throw ApiError.status(400, "Tag name cannot be ObjectId");
            }
            return Optional.empty();
        }
        if (!caller.admin() && store.settings().disableNonAdminCreate()) {
            if (strict) {
                throw ApiError.status(403, "Non admins cannot create tags");
            }
            return Optional.empty();
        }
        if (store.tag(name).isPresent()) {
            throw duplicate("Tag", name);
        }
        ObjectNode tag = Call.NODES.objectNode();
        String id = Ids.next();
        tag.set("_id", Ids.oid(id));
        tag.put("name", name);
        tag.put("owner", caller.id());
        tag.put("color", color.orElse("Slate"));
        store.tags.put(id, tag);
        return Optional.of(tag);
    }

    private ObjectNode tag(String idOrName) {
        return store.tag(idOrName).orElseThrow(() -> ApiError.notFound("Tag", idOrName));
    }

    /** A tag the caller may change: its owner or an admin. */
    private ObjectNode ownTag(Call call, String idOrName) {
        ObjectNode tag = tag(idOrName);
        if (!call.caller().admin() && !tag.path("owner").asText().equals(call.caller().id())) {
            throw ApiError.internal("User does not have permission to update this tag");
        }
        return tag;
    }

    /** A MongoDB unique-index failure: 500 (komodo-api §1.5). */
    static ApiError duplicate(String collection, String name) {
        return ApiError.internal("Failed to write " + collection + " to db",
                "E11000 duplicate key error collection: komodo." + collection + " index: name_1 dup key: { name: \""
                        + name + "\" }");
    }
}
