package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code Create<Kind>}, {@code Update<Kind>}, {@code Rename<Kind>}, {@code Delete<Kind>} for the
 * eleven kinds (rules 5–7, komodo-api §3.3).
 */
final class ResourceWrites {

    private final Store store;
    private final Permissions permissions;
    private final References references;

    ResourceWrites(Store store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
        this.references = new References(store, permissions);
    }

    void register(Api api) {
        for (Kind kind : Kind.values()) {
            api.write("Create" + kind.variant(), call -> create(kind, call.string("name"), call.object("config"), call));
            api.write("Copy" + kind.variant(), call -> copy(kind, call));
            api.write("Update" + kind.variant(), call -> update(kind, call));
            api.write("Rename" + kind.variant(), call -> rename(kind, call));
            api.write("Delete" + kind.variant(), call -> delete(kind, call));
        }
    }

    /** {@code Copy<Kind> {name, id}}: a create (rule 5) with the config of a resource the caller may read. */
    private JsonNode copy(Kind kind, Call call) {
        String name = call.string("name");
        ObjectNode source = store.find(kind, call.string("id"));
        permissions.require(call.caller(), kind, source, Permissions.Level.Read);
        return create(kind, name, (ObjectNode) source.get("config"), call);
    }

    /** Rule 5, checks in Core's order. */
    private JsonNode create(Kind kind, String requested, ObjectNode config, Call call) {
        if (!mayCreate(kind, call.caller())) {
            throw ApiError.status(403, "User does not have permissions to create " + kind.variant() + ".");
        }
        if (requested.isEmpty()) {
            throw ApiError.status(400, "Must provide non-empty name for resource.");
        }
        String name = ModelBridge.normalise(kind, requested);
        if (Ids.isObjectId(name)) {
            throw ApiError.status(400, "Valid ObjectIds cannot be used as names.");
        }
        if (store.byName(kind, name).isPresent()) {
            throw ApiError.status(409, "Resource with name '" + name + "' already exists");
        }
        ObjectNode partial = config.deepCopy();
        String id = Ids.next();
        references.resolve(kind, partial, call.caller(), id);
        normaliseConfig(kind, partial);
        ObjectNode resource = Call.NODES.objectNode();
        resource.set("_id", Ids.oid(id));
        resource.put("name", name);
        resource.set("config", partial);
        Documents.completeResource(kind, resource);
        resource.put("updated_at", System.currentTimeMillis());
        store.add(kind, id, resource);
        if (kind == Kind.DEPLOYMENT) {
            store.runtime.put(id, new Store.Target("not_deployed", ""));
        } else if (kind == Kind.STACK) {
            store.runtime.put(id, new Store.Target("down", ""));
        }
        if (!call.caller().admin()) {
            ObjectNode permission = Call.NODES.objectNode();
            permission.set("_id", Ids.oid(Ids.next()));
            permission.putObject("user_target").put("type", "User").put("id", call.caller().id());
            permission.putObject("resource_target").put("type", kind.variant()).put("id", id);
            permission.put("level", "Write");
            permission.putArray("specific");
            store.permissions.add(permission);
        }
        return resource.deepCopy();
    }

    private boolean mayCreate(Kind kind, Caller caller) {
        if (caller.admin()) {
            return true;
        }
        boolean disabled = store.settings().disableNonAdminCreate();
        return switch (kind) {
            case DEPLOYMENT, STACK, REPO, PROCEDURE, SWARM -> !disabled;
            case SERVER -> !disabled && caller.user().path("create_server_permissions").asBoolean(false);
            case BUILD -> !disabled && caller.user().path("create_build_permissions").asBoolean(false);
            default -> false;
        };
    }

    /**
     * What Core's typed partial config does to a request's config: unknown top-level keys are dropped
     * (serde ignores them; the aliases {@code server}, {@code swarm}, {@code builder} are resolved
     * before), a {@code Version} given as {@code "1.2.3"} is stored as {@code {major, minor, patch}},
     * a build-based deployment image gets its default version; then rule 5's normalisations: a
     * deployment's non-blank {@code custom_name} like a deployment name, blank {@code extra_args}
     * dropped (deployments and builds).
     */
    private static void normaliseConfig(Kind kind, ObjectNode config) {
        ObjectNode defaults = ModelBridge.defaults(kind);
        config.retain(fieldNames(defaults));
        // A nested struct given in part is stored whole (Core's typed config), top-level fields stay
        // partial; a Builder's config is merged instead (rule 6).
        config.properties().forEach(field -> {
            if (kind != Kind.BUILDER && field.getValue().isObject() && defaults.path(field.getKey()).isObject()) {
                Documents.fillNested(defaults.get(field.getKey()), (ObjectNode) field.getValue());
            }
        });
        if (kind == Kind.BUILD && config.path("version").isTextual()) {
            config.set("version", Documents.versionObject(config.path("version").asText()));
        }
        JsonNode image = config.path("image");
        if (kind == Kind.DEPLOYMENT && image.path("type").asText().equals("Build") && image.path("params").isObject()) {
            ObjectNode params = (ObjectNode) image.get("params");
            JsonNode version = params.path("version");
            params.set("version", version.isTextual() ? Documents.versionObject(version.asText())
                    : version.isObject() ? version : Documents.versionObject("0.0.0"));
            if (!params.path("build_id").isTextual()) {
                params.put("build_id", "");
            }
        }
        if (kind == Kind.DEPLOYMENT && config.path("custom_name").isTextual()
                && !config.path("custom_name").asText().isBlank()) {
            config.put("custom_name", ModelBridge.normalise(Kind.DEPLOYMENT, config.path("custom_name").asText()));
        }
        if ((kind == Kind.DEPLOYMENT || kind == Kind.BUILD) && config.path("extra_args").isArray()) {
            JsonNode original = config.get("extra_args");
            ArrayNode args = Call.NODES.arrayNode();
            original.forEach(arg -> {
                if (!arg.asText("").isBlank()) {
                    args.add(arg);
                }
            });
            config.set("extra_args", args);
        }
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Rule 6: replaces each present top-level field whose value differs; Builder merges its params. */
    private JsonNode update(Kind kind, Call call) {
        ObjectNode resource = store.find(kind, call.string("id"));
        permissions.require(call.caller(), kind, resource, Permissions.Level.Write);
        checkNotBusy(kind, resource);
        if (!call.present("config")) {
            throw ApiError.schema("missing field `config`");
        }
        ObjectNode partial = call.object("config").deepCopy();
        references.resolve(kind, partial, call.caller(), Ids.of(resource));
        normaliseConfig(kind, partial);
        ObjectNode config = (ObjectNode) resource.get("config");
        if (kind == Kind.BUILDER) {
            partial = mergeBuilder(config, partial);
        }
        boolean changed = false;
        for (Map.Entry<String, JsonNode> field : partial.properties()) {
            if (!field.getValue().isNull() && !field.getValue().equals(config.get(field.getKey()))) {
                config.set(field.getKey(), field.getValue());
                changed = true;
            }
        }
        if (changed) {
            resource.put("updated_at", System.currentTimeMillis());
        }
        return resource.deepCopy();
    }

    /** Builder: the partial merged into the stored config (params merged when the type stays), written whole. */
    private static ObjectNode mergeBuilder(ObjectNode stored, ObjectNode partial) {
        String storedType = stored.path("type").asText("");
        String type = partial.path("type").asText(storedType);
        ObjectNode merged = Call.NODES.objectNode();
        merged.put("type", type);
        ObjectNode params = type.equals(storedType) && stored.path("params").isObject()
                ? ((ObjectNode) stored.get("params")).deepCopy() : Call.NODES.objectNode();
        partial.path("params").properties().forEach(f -> {
            if (!f.getValue().isNull()) {
                params.set(f.getKey(), f.getValue());
            }
        });
        merged.set("params", params);
        return merged;
    }

    private void checkNotBusy(Kind kind, ObjectNode resource) {
        if (store.busy.contains(Ids.of(resource))) {
            throw ApiError.internal(kind.variant() + " busy");
        }
    }

    /** komodo-api §3.3 Rename: Write; normalised; no pre-check but the unique name (500). Returns an Update. */
    private JsonNode rename(Kind kind, Call call) {
        ObjectNode resource = store.find(kind, call.string("id"));
        String name = ModelBridge.normalise(kind, call.string("name"));
        permissions.require(call.caller(), kind, resource, Permissions.Level.Write);
        if (kind == Kind.DEPLOYMENT || kind == Kind.REPO) {
            checkNotBusy(kind, resource);
        }
        store.byName(kind, name).filter(other -> other != resource).ifPresent(other -> {
            throw ApiError.internal("Failed to update " + kind.variant() + " on db. This name may already be taken.");
        });
        String previous = resource.path("name").asText();
        ObjectNode update = Updates.start(store, "Rename" + kind.variant(), kind, Ids.of(resource), call.caller());
        store.rename(kind, resource, name);
        resource.put("updated_at", System.currentTimeMillis());
        Updates.log(update, "Rename " + kind.variant(), "",
                "Renamed " + kind.variant() + " from " + previous + " to " + name, "", true);
        Updates.finish(update);
        return update.deepCopy();
    }

    /** Rule 7: Write, busy check, then the side effects on permissions, alerters and references. */
    private JsonNode delete(Kind kind, Call call) {
        ObjectNode resource = store.find(kind, call.string("id"));
        permissions.require(call.caller(), kind, resource, Permissions.Level.Write);
        checkNotBusy(kind, resource);
        String id = Ids.of(resource);
        store.permissions.removeIf(p -> p.path("resource_target").path("type").asText().equals(kind.variant())
                && p.path("resource_target").path("id").asText().equals(id));
        for (ObjectNode alerter : store.of(Kind.ALERTER).values()) {
            for (String field : List.of("resources", "except_resources")) {
                JsonNode targets = alerter.path("config").path(field);
                if (targets.isArray()) {
                    for (Iterator<JsonNode> it = targets.elements(); it.hasNext();) {
                        JsonNode target = it.next();
                        if (target.path("type").asText().equals(kind.variant()) && target.path("id").asText().equals(id)) {
                            it.remove();
                        }
                    }
                }
            }
        }
        if (kind == Kind.SERVER) {
            clear(List.of(Kind.DEPLOYMENT, Kind.STACK, Kind.REPO), "server_id", id);
        } else if (kind == Kind.BUILDER) {
            clear(List.of(Kind.BUILD, Kind.REPO), "builder_id", id);
        }
        store.remove(kind, id);
        store.runtime.remove(id);
        store.buildVersions.remove(id);
        return resource;
    }

    private void clear(List<Kind> kinds, String field, String id) {
        for (Kind kind : kinds) {
            for (ObjectNode resource : store.of(kind).values()) {
                if (resource.path("config").path(field).asText("").equals(id)) {
                    ((ObjectNode) resource.get("config")).put(field, "");
                }
            }
        }
    }
}
