package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * Between the store and a snapshot file's JSON (formats §1): seeding fills in what Core would
 * hold but a snapshot may leave out (descriptions, {@code base_permission}, users' flags, defaults
 * of absent config fields), keeping seeded ids as they are; dumping writes every collection back,
 * sorted by name, with the runtime by name.
 */
final class Documents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Documents() {}

    /** Loads a snapshot's JSON tree into an empty store. */
    static void seed(Store store, ObjectNode snapshot) {
        for (JsonNode tag : snapshot.path("tags")) {
            ObjectNode copy = object(tag);
            putIfAbsent(copy, "owner", "");
            putIfAbsent(copy, "color", "Slate");
            store.tags.put(Ids.of(copy), copy);
        }
        for (Kind kind : Kind.values()) {
            for (JsonNode element : snapshot.path(kind.pluralKey())) {
                ObjectNode resource = object(element);
                completeResource(kind, resource);
                store.add(kind, Ids.of(resource), resource);
            }
        }
        for (JsonNode element : snapshot.path("variables")) {
            ObjectNode variable = object(element);
            putIfAbsent(variable, "value", "");
            putIfAbsent(variable, "description", "");
            if (!variable.hasNonNull("is_secret")) {
                variable.put("is_secret", false);
            }
            store.variables.put(variable.path("name").asText(), variable);
        }
        for (JsonNode element : snapshot.path("users")) {
            ObjectNode user = object(element);
            for (String flag : List.of("enabled")) {
                if (!user.hasNonNull(flag)) {
                    user.put(flag, true);
                }
            }
            for (String flag : List.of("admin", "super_admin", "create_server_permissions", "create_build_permissions")) {
                if (!user.hasNonNull(flag)) {
                    user.put(flag, false);
                }
            }
            if (!user.hasNonNull("all")) {
                user.putObject("all");
            }
            store.users.put(Ids.of(user), user);
        }
        for (JsonNode element : snapshot.path("user_groups")) {
            ObjectNode group = object(element);
            if (!group.hasNonNull("everyone")) {
                group.put("everyone", false);
            }
            if (!group.hasNonNull("users")) {
                group.putArray("users");
            }
            if (!group.hasNonNull("all")) {
                group.putObject("all");
            }
            if (!group.hasNonNull("updated_at")) {
                group.put("updated_at", 0);
            }
            store.userGroups.put(Ids.of(group), group);
        }
        for (JsonNode element : snapshot.path("permissions")) {
            ObjectNode permission = object(element);
            if (Ids.of(permission).isEmpty()) {
                permission.set("_id", Ids.oid(Ids.next()));
            }
            store.permissions.add(permission);
        }
        JsonNode runtime = snapshot.path("runtime");
        for (Kind kind : List.of(Kind.DEPLOYMENT, Kind.STACK)) {
            runtime.path(kind.pluralKey()).properties().forEach(entry -> store.byName(kind, entry.getKey())
                    .ifPresent(resource -> store.runtime.put(Ids.of(resource), new Store.Target(
                            entry.getValue().path("state").asText("unknown"),
                            entry.getValue().path("image").asText("")))));
        }
        runtime.path("build_versions").properties().forEach(entry -> store.byName(Kind.BUILD, entry.getKey())
                .ifPresent(build -> store.buildVersions.put(Ids.of(build), version(entry.getValue()))));
    }

    /** Fills in what every stored resource has; absent config fields take the kind's defaults. */
    static void completeResource(Kind kind, ObjectNode resource) {
        putIfAbsent(resource, "description", "");
        if (!resource.hasNonNull("template")) {
            resource.put("template", false);
        }
        if (!resource.hasNonNull("tags")) {
            resource.putArray("tags");
        }
        if (!resource.hasNonNull("info")) {
            resource.putObject("info");
        }
        ObjectNode config = ModelBridge.defaults(kind);
        resource.path("config").properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                config.set(field.getKey(), field.getValue());
            }
        });
        fillNested(ModelBridge.defaults(kind), config);
        resource.set("config", config);
        if (!resource.hasNonNull("base_permission")) {
            resource.put("base_permission", "None");
        }
        if (!resource.hasNonNull("updated_at")) {
            resource.put("updated_at", 0);
        }
    }

    /**
     * Fills the nested objects of {@code given} with the fields of {@code defaults} they lack, as
     * Core's typed config does: a nested struct given in part is stored whole. A tagged union
     * ({@code {type, params}}) of another type than the default's is left as given; arrays are
     * left as given.
     */
    static void fillNested(JsonNode defaults, ObjectNode given) {
        if (defaults.has("type") && defaults.has("params")
                && !defaults.path("type").equals(given.path("type"))) {
            return;
        }
        defaults.properties().forEach(field -> {
            JsonNode value = given.get(field.getKey());
            if (value == null || value.isNull()) {
                given.set(field.getKey(), field.getValue().deepCopy());
            } else if (value.isObject() && field.getValue().isObject()) {
                fillNested(field.getValue(), (ObjectNode) value);
            }
        });
    }

    /** The store as a snapshot file's JSON tree, with every field Core holds. */
    static ObjectNode dump(Store store) {
        ObjectNode out = NODES.objectNode();
        out.put("komodo_version", Router.VERSION);
        out.set("tags", sorted(store.tags.values(), "name"));
        for (Kind kind : Kind.values()) {
            out.set(kind.pluralKey(), sorted(store.of(kind).values(), "name"));
        }
        out.set("variables", sorted(store.variables.values(), "name"));
        out.set("user_groups", sorted(store.userGroups.values(), "name"));
        ArrayNode permissions = out.putArray("permissions");
        store.permissions.forEach(p -> permissions.add(p.deepCopy()));
        out.set("users", sorted(store.users.values(), "username"));
        ObjectNode runtime = out.putObject("runtime");
        for (Kind kind : List.of(Kind.DEPLOYMENT, Kind.STACK)) {
            ObjectNode targets = runtime.putObject(kind.pluralKey());
            for (ObjectNode resource : store.sorted(kind)) {
                Store.Target target = store.runtime.get(Ids.of(resource));
                if (target != null) {
                    ObjectNode entry = targets.putObject(resource.path("name").asText());
                    entry.put("state", target.state());
                    if (kind == Kind.DEPLOYMENT && !target.image().isEmpty()) {
                        entry.put("image", target.image());
                    }
                }
            }
        }
        ObjectNode versions = runtime.putObject("build_versions");
        for (ObjectNode build : store.sorted(Kind.BUILD)) {
            String version = store.buildVersions.get(Ids.of(build));
            if (version != null) {
                versions.put(build.path("name").asText(), version);
            }
        }
        return out;
    }

    /** {@code "1.4.3"} from a version string or {@code {major, minor, patch}}. */
    static String version(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        return value.path("major").asInt(0) + "." + value.path("minor").asInt(0) + "." + value.path("patch").asInt(0);
    }

    /** {@code {major, minor, patch}} of a version string; malformed parts are 0. */
    static ObjectNode versionObject(String version) {
        String[] parts = version.split("\\.");
        ObjectNode out = NODES.objectNode();
        String[] names = {"major", "minor", "patch"};
        for (int i = 0; i < names.length; i++) {
            int number = 0;
            try {
                number = i < parts.length ? Integer.parseInt(parts[i].trim()) : 0;
            } catch (NumberFormatException e) {
                number = 0;
            }
            out.put(names[i], number);
        }
        return out;
    }

    private static ArrayNode sorted(Iterable<ObjectNode> documents, String key) {
        List<ObjectNode> list = new ArrayList<>();
        documents.forEach(list::add);
        list.sort(Comparator.comparing(d -> d.path(key).asText("")));
        ArrayNode out = NODES.arrayNode();
        list.forEach(d -> out.add(d.deepCopy()));
        return out;
    }

    private static ObjectNode object(JsonNode element) {
        return element.isObject() ? ((ObjectNode) element).deepCopy() : NODES.objectNode();
    }

    private static void putIfAbsent(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            node.put(field, value);
        }
    }

}
