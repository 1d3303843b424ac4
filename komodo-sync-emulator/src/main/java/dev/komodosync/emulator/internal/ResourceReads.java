package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The resource reads of a snapshot (komodo-api §2): {@code Get<Kind>}, {@code List<Kind>},
 * {@code ListFull<Kind>} (rule 12 pagination, rule 10 visibility), the status-cache reads
 * {@code GetDeploymentContainer}, {@code Get<Kind>ActionState}, {@code ListBuildVersions}, and
 * {@code GetUpdate}.
 */
final class ResourceReads {

    private static final int UPDATES_PAGE = 100;

    private final Store store;
    private final Permissions permissions;

    ResourceReads(Store store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    void register(Api api) {
        for (Kind kind : Kind.values()) {
            api.read("Get" + kind.variant(), call -> readable(kind, call).deepCopy());
            api.read("List" + kind.plural(), call -> call.page(visible(kind, call).stream()
                    .map(resource -> listItem(kind, resource)).toList(), store.settings().pageSize()));
            // The store's own documents: the router writes the answer before it lets the store go.
            api.read("ListFull" + kind.plural(), call -> call.page(visible(kind, call), store.settings().pageSize()));
        }
        api.read("GetDeploymentContainer", this::deploymentContainer);
        api.read("GetDeploymentActionState", call -> actionState(Kind.DEPLOYMENT, call));
        api.read("GetStackActionState", call -> actionState(Kind.STACK, call));
        api.read("ListBuildVersions", this::buildVersions);
        api.read("ListUpdates", this::listUpdates);
        api.read("GetUpdate", call -> {
            ObjectNode update = store.updates.get(call.string("id"));
            if (update == null) {
                throw ApiError.internal("Did not find any Update matching " + call.string("id"));
            }
            return update.deepCopy();
        });
    }

    /**
     * {@code ListUpdates {page}}: {@code UpdateListItem}s newest first, 100 a page, with
     * {@code next_page} when there is more; a non-admin sees the updates of what it may read.
     */
    private JsonNode listUpdates(Call call) {
        int page = Math.max(0, call.params().path("page").asInt(0));
        List<ObjectNode> visible = new java.util.ArrayList<>();
        for (ObjectNode update : store.updates.values()) {
            JsonNode target = update.path("target");
            Kind kind = Kind.byVariant(target.path("type").asText("")).orElse(null);
            ObjectNode resource = kind == null ? null : store.of(kind).get(target.path("id").asText(""));
            if (call.caller().admin() || resource != null && permissions.can(call.caller(), kind, resource, Permissions.Level.Read)) {
                visible.add(update);
            }
        }
        java.util.Collections.reverse(visible);
        ObjectNode out = Call.NODES.objectNode();
        ArrayNode updates = out.putArray("updates");
        int from = page * UPDATES_PAGE;
        for (int i = from; i < visible.size() && i < from + UPDATES_PAGE; i++) {
            ObjectNode update = visible.get(i);
            ObjectNode item = updates.addObject();
            item.put("id", Ids.of(update));
            item.set("operation", update.get("operation"));
            item.set("start_ts", update.get("start_ts"));
            item.set("success", update.get("success"));
            ObjectNode operator = store.users.get(update.path("operator").asText(""));
            item.put("username", operator == null ? "" : operator.path("username").asText(""));
            item.set("operator", update.get("operator"));
            item.set("target", update.get("target").deepCopy());
            item.set("status", update.get("status"));
        }
        if (visible.size() > from + UPDATES_PAGE) {
            out.put("next_page", page + 1);
        }
        return out;
    }

    /** The resource a single read names (field, or the aliases {@code id}/{@code name}); Read required. */
    private ObjectNode readable(Kind kind, Call call) {
        ObjectNode resource = store.find(kind, call.stringOf(kind.field(), "id", "name"));
        permissions.require(call.caller(), kind, resource, Permissions.Level.Read);
        return resource;
    }

    /** Rule 10: lists silently omit what the caller may not read. Sorted by name. */
    private List<ObjectNode> visible(Kind kind, Call call) {
        return store.sorted(kind).stream()
                .filter(resource -> permissions.can(call.caller(), kind, resource, Permissions.Level.Read))
                .toList();
    }

    /** {@code ResourceListItem<Info>}: {@code {id, type, name, template, tags, info}}. */
    private ObjectNode listItem(Kind kind, ObjectNode resource) {
        ObjectNode item = Call.NODES.objectNode();
        item.put("id", Ids.of(resource));
        item.put("type", kind.variant());
        item.put("name", resource.path("name").asText());
        item.put("template", resource.path("template").asBoolean(false));
        item.set("tags", resource.path("tags").deepCopy());
        item.set("info", info(kind, resource));
        return item;
    }

    private ObjectNode info(Kind kind, ObjectNode resource) {
        JsonNode config = resource.path("config");
        ObjectNode info = Call.NODES.objectNode();
        switch (kind) {
            case DEPLOYMENT -> {
                info.put("state", listedState(kind, resource));
                info.put("custom_name", config.path("custom_name").asText(""));
                info.put("image", deploymentImage(resource));
                info.put("update_available", false);
                info.put("swarm_id", config.path("swarm_id").asText(""));
                info.put("server_id", config.path("server_id").asText(""));
                if (config.path("image").path("type").asText().equals("Build")) {
                    info.put("build_id", config.path("image").path("params").path("build_id").asText(""));
                }
            }
            case STACK -> {
                info.put("swarm_id", config.path("swarm_id").asText(""));
                info.put("server_id", config.path("server_id").asText(""));
                info.put("files_on_host", config.path("files_on_host").asBoolean(false));
                info.put("file_contents", !config.path("file_contents").asText("").isEmpty());
                info.put("linked_repo", config.path("linked_repo").asText(""));
                info.put("git_provider", config.path("git_provider").asText(""));
                info.put("repo", config.path("repo").asText(""));
                info.put("branch", config.path("branch").asText(""));
                info.put("repo_link", "");
                info.put("state", listedState(kind, resource));
                info.putArray("services");
                info.put("auto_update_all_services", config.path("auto_update_all_services").asBoolean(false));
                info.put("project_missing", false);
                info.putArray("missing_files");
                JsonNode stackInfo = resource.path("info");
                if (stackInfo.hasNonNull("deployed_hash")) {
                    info.set("deployed_hash", stackInfo.get("deployed_hash"));
                }
                if (stackInfo.hasNonNull("latest_hash")) {
                    info.set("latest_hash", stackInfo.get("latest_hash"));
                }
            }
            case SERVER -> {
                info.put("state", config.path("enabled").asBoolean(true) ? "Ok" : "Disabled");
                info.put("region", config.path("region").asText(""));
                info.put("address", config.path("address").asText(""));
                info.put("version", "");
            }
            default -> info.put("state", "Unknown");
        }
        return info;
    }

    /** List calls overlay {@code deploying} on the cached state while a deploy runs (komodo-api §2.2). */
    private String listedState(Kind kind, ObjectNode resource) {
        return store.deploying.contains(Ids.of(resource)) ? "deploying" : store.state(kind, resource);
    }

    /**
     * The container image a deployment reports: the cached one once deployed, else the configured
     * image, or for a build-based deployment {@code <build name>:<version>} ({@code latest} before
     * any build).
     */
    String deploymentImage(ObjectNode deployment) {
        String cached = store.image(deployment);
        return cached.isEmpty() ? Executions.configuredImage(store, deployment) : cached;
    }

    private JsonNode deploymentContainer(Call call) {
        ObjectNode deployment = readable(Kind.DEPLOYMENT, call);
        String state = store.state(Kind.DEPLOYMENT, deployment);
        ObjectNode out = Call.NODES.objectNode();
        out.put("state", state);
        if (!state.equals("not_deployed") && !state.equals("unknown")) {
            ObjectNode container = out.putObject("container");
            container.put("server_id", deployment.path("config").path("server_id").asText(""));
            String custom = deployment.path("config").path("custom_name").asText("");
            container.put("name", custom.isEmpty() ? deployment.path("name").asText() : custom);
            container.put("image", deploymentImage(deployment));
            container.put("state", state);
            container.putArray("networks");
            container.putArray("ports");
            container.putArray("volumes");
        }
        return out;
    }

    private JsonNode actionState(Kind kind, Call call) {
        ObjectNode resource = readable(kind, call);
        boolean deploying = store.deploying.contains(Ids.of(resource));
        ObjectNode out = Call.NODES.objectNode();
        List<String> flags = kind == Kind.DEPLOYMENT
                ? List.of("pulling", "deploying", "updating", "starting", "restarting", "pausing", "unpausing",
                        "stopping", "destroying", "renaming")
                : List.of("pulling", "deploying", "starting", "restarting", "pausing", "unpausing", "stopping",
                        "destroying");
        flags.forEach(flag -> out.put(flag, flag.equals("deploying") && deploying));
        return out;
    }

    /** The latest successful build version, if not 0.0.0 (dropped after the limit, so [] = never built). */
    private JsonNode buildVersions(Call call) {
        ObjectNode build = store.find(Kind.BUILD, call.string("build"));
        permissions.require(call.caller(), Kind.BUILD, build, Permissions.Level.Read);
        ArrayNode out = Call.NODES.arrayNode();
        String version = store.buildVersions.get(Ids.of(build));
        int limit = call.params().path("limit").asInt(0);
        if (version != null && limit >= 0) {
            ObjectNode parsed = Documents.versionObject(version);
            boolean zero = parsed.path("major").asInt() == 0 && parsed.path("minor").asInt() == 0
                    && parsed.path("patch").asInt() == 0;
            if (!zero) {
                ObjectNode item = out.addObject();
                item.set("version", parsed);
                item.put("ts", build.path("updated_at").asLong(0));
            }
        }
        return out;
    }
}
