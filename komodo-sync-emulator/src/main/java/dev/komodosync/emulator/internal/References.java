package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Rule 5/6 and komodo-api §3.4: references in a partial config may be names or ids; each is
 * resolved to the target's id (an ObjectId-looking value as an id only), must exist, and needs
 * Read and {@code Attach} on the target (procedure targets: Execute); the id is stored. An empty
 * string means "no reference". Alerter {@code resources} are stored verbatim. The aliases
 * {@code server}, {@code swarm} and {@code builder} become {@code server_id}, {@code swarm_id},
 * {@code builder_id}.
 */
final class References {

    private static final Map<String, String> ALIASES = Map.of("server", "server_id", "swarm", "swarm_id",
            "builder", "builder_id");

    private final Store store;
    private final Permissions permissions;

    References(Store store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    /** Resolves the references of {@code config} (a partial config of {@code kind}) in place. */
    void resolve(Kind kind, ObjectNode config, Caller caller, String selfId) {
        ALIASES.forEach((alias, canonical) -> {
            if (config.has(alias) && !config.has(canonical)) {
                config.set(canonical, config.remove(alias));
            } else {
                config.remove(alias);
            }
        });
        switch (kind) {
            case DEPLOYMENT -> {
                field(kind, config, "swarm_id", Kind.SWARM, caller);
                field(kind, config, "server_id", Kind.SERVER, caller);
                JsonNode image = config.path("image");
                if (image.path("type").asText().equals("Build") && image.path("params").isObject()) {
                    ObjectNode params = (ObjectNode) image.path("params");
                    if (params.has("build") && !params.has("build_id")) {
                        params.set("build_id", params.remove("build"));
                    }
                    field(kind, params, "build_id", Kind.BUILD, caller);
                }
            }
            case STACK -> {
                field(kind, config, "swarm_id", Kind.SWARM, caller);
                field(kind, config, "server_id", Kind.SERVER, caller);
                field(kind, config, "linked_repo", Kind.REPO, caller);
            }
            case BUILD, RESOURCE_SYNC -> {
                field(kind, config, "builder_id", Kind.BUILDER, caller);
                field(kind, config, "linked_repo", Kind.REPO, caller);
            }
            case REPO -> {
                field(kind, config, "server_id", Kind.SERVER, caller);
                field(kind, config, "builder_id", Kind.BUILDER, caller);
            }
            case SWARM -> list(kind, config, "server_ids", caller);
            case BUILDER -> {
                if (config.path("params").isObject()) {
                    list(kind, (ObjectNode) config.path("params"), "server_ids", caller);
                }
            }
            case PROCEDURE -> procedure(config, caller, selfId);
            default -> {
                // Servers, actions, alerters: no references (alerter targets are stored verbatim).
            }
        }
    }

    private void field(Kind kind, ObjectNode config, String field, Kind target, Caller caller) {
        JsonNode value = config.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isEmpty()) {
            return;
        }
        config.put(field, attach(kind, target, value.asText(), caller));
    }

    private void list(Kind kind, ObjectNode config, String field, Caller caller) {
        JsonNode values = config.get(field);
        if (values == null || !values.isArray()) {
            return;
        }
        ArrayNode ids = config.putArray(field);
        for (JsonNode value : values) {
            ids.add(value.asText().isEmpty() ? "" : attach(kind, Kind.SERVER, value.asText(), caller));
        }
    }

    private String attach(Kind kind, Kind target, String idOrName, Caller caller) {
        String error = "Cannot attach " + kind.variant() + " to this " + target.variant();
        ObjectNode resource = store.lookup(target, idOrName).orElseThrow(() -> ApiError.internal(error,
                "Did not find any " + target.variant() + " matching " + idOrName));
        if (!permissions.canAttach(caller, target, resource)) {
            throw ApiError.internal(error, Permissions.denied(target, Permissions.Level.Read) + " and Attach");
        }
        return Ids.of(resource);
    }

    /** Procedure execution targets: resolved to ids, Execute required, never the procedure itself. */
    private void procedure(ObjectNode config, Caller caller, String selfId) {
        for (JsonNode stage : config.path("stages")) {
            for (JsonNode enabled : stage.path("executions")) {
                JsonNode execution = enabled.path("execution");
                String type = execution.path("type").asText("");
                if (type.startsWith("Batch") || !execution.path("params").isObject()) {
                    continue;
                }
                ObjectNode params = (ObjectNode) execution.path("params");
                for (Kind target : Kind.values()) {
                    JsonNode value = params.get(target.field());
                    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                        continue;
                    }
                    ObjectNode resource = store.lookup(target, value.asText()).orElseThrow(() -> ApiError.internal(
                            "Failed to validate procedure execution " + type,
                            "Did not find any " + target.variant() + " matching " + value.asText()));
                    if (target == Kind.PROCEDURE && Ids.of(resource).equals(selfId)) {
                        throw ApiError.internal("Procedure cannot run itself");
                    }
                    permissions.require(caller, target, resource, Permissions.Level.Execute);
                    params.put(target.field(), Ids.of(resource));
                }
            }
        }
    }
}
