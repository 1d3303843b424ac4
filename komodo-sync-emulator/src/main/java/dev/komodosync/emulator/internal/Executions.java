package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rules 9 and 11: {@code Deploy} and {@code DeployStack}. A missing target is a 500 at once; else
 * the call returns an {@code InProgress} update, and the deploy completes after the configured
 * duration on the scheduler's thread: Execute permission missing, a busy target, a disabled or
 * missing server are {@code Task Error} logs; otherwise the target is busy ({@code deploying})
 * for that time and then {@code running}, with the image it deployed. A fault can end it in a
 * {@code Task Error} or a failed log instead.
 */
final class Executions {

    private final Store store;
    private final Permissions permissions;
    private final FaultTable faults;
    private final ScheduledExecutorService scheduler;
    private final Duration duration;

    Executions(Store store, Permissions permissions, FaultTable faults, ScheduledExecutorService scheduler,
            Duration duration) {
        this.store = store;
        this.permissions = permissions;
        this.faults = faults;
        this.scheduler = scheduler;
        this.duration = duration;
    }

    void register(Api api) {
        api.execute("Deploy", call -> deploy(Kind.DEPLOYMENT, "Deploy", call));
        api.execute("DeployStack", call -> deploy(Kind.STACK, "DeployStack", call));
    }

    private JsonNode deploy(Kind kind, String operation, Call call) {
        String named = call.string(kind.field());
        ObjectNode resource = store.find(kind, named);
        String id = Ids.of(resource);
        ObjectNode update = Updates.start(store, operation, kind, id, call.caller());
        ObjectNode answer = update.deepCopy();
        Optional<String> refusal = refusal(kind, resource, call.caller());
        Optional<FaultTable.DeployOutcome> fault = faults.takeDeployFailure(named, id,
                resource.path("name").asText());
        if (refusal.isEmpty()) {
            store.busy.add(id);
            store.deploying.add(id);
        }
        scheduler.schedule(() -> complete(kind, id, update, refusal, fault), duration.toMillis(), TimeUnit.MILLISECONDS);
        return answer;
    }

    /** Why the deploy fails before it starts (a Task Error), if it does. */
    private Optional<String> refusal(Kind kind, ObjectNode resource, Caller caller) {
        if (!permissions.can(caller, kind, resource, Permissions.Level.Execute)) {
            return Optional.of(Permissions.denied(kind, Permissions.Level.Execute));
        }
        if (store.busy.contains(Ids.of(resource))) {
            return Optional.of("Resource is busy");
        }
        JsonNode config = resource.path("config");
        String serverId = config.path("server_id").asText("");
        if (serverId.isEmpty() && config.path("swarm_id").asText("").isEmpty()) {
            return Optional.of(kind.variant() + " has no Server or Swarm configured");
        }
        ObjectNode server = serverId.isEmpty() ? null : store.of(Kind.SERVER).get(serverId);
        if (!serverId.isEmpty() && server == null) {
            return Optional.of("Did not find any Server matching " + serverId);
        }
        if (server != null && !server.path("config").path("enabled").asBoolean(true)) {
            return Optional.of("Cannot send command when server is disabled");
        }
        return Optional.empty();
    }

    private void complete(Kind kind, String id, ObjectNode update, Optional<String> refusal,
            Optional<FaultTable.DeployOutcome> fault) {
        synchronized (store) {
            ObjectNode resource = store.of(kind).get(id);
            if (refusal.isPresent()) {
                Updates.log(update, "Task Error", "", "", refusal.get(), false);
            } else if (resource == null) {
                Updates.log(update, "Task Error", "", "", "Did not find any " + kind.variant() + " matching " + id, false);
            } else if (fault.isPresent() && fault.get().taskError()) {
                Updates.log(update, "Task Error", "", "", fault.get().message(), false);
            } else {
                deployed(kind, resource, update, fault);
            }
            if (refusal.isEmpty()) {
                store.busy.remove(id);
                store.deploying.remove(id);
            }
            Updates.finish(update);
        }
    }

    private void deployed(Kind kind, ObjectNode resource, ObjectNode update, Optional<FaultTable.DeployOutcome> fault) {
        String id = Ids.of(resource);
        boolean failed = fault.isPresent();
        String stderr = failed ? fault.get().message() : "";
        if (kind == Kind.DEPLOYMENT) {
            String image = configuredImage(store, resource);
            Updates.log(update, "Deploy Container", "docker run " + image, failed ? "" : "emulated: container started",
                    stderr, !failed);
            store.runtime.put(id, new Store.Target(failed ? "exited" : "running", image));
            return;
        }
        ArrayNode contents = deployedContents(resource);
        ObjectNode info = (ObjectNode) resource.get("info");
        info.set("deployed_contents", contents);
        if (info.hasNonNull("latest_hash")) {
            info.set("deployed_hash", info.get("latest_hash"));
        }
        if (info.hasNonNull("latest_message")) {
            info.set("deployed_message", info.get("latest_message"));
        }
        Updates.log(update, "Compose Up", "docker compose up -d", failed ? "" : "emulated: project started", stderr, !failed);
        store.runtime.put(id, new Store.Target(failed ? "down" : "running", ""));
    }

    /**
     * The files a stack deploy deploys: its UI-defined {@code file_contents} (as the first of
     * {@code file_paths}, else {@code compose.yaml}), else what the repo holds ({@code info.remote_contents}).
     */
    private static ArrayNode deployedContents(ObjectNode stack) {
        ArrayNode out = Call.NODES.arrayNode();
        JsonNode config = stack.path("config");
        String contents = config.path("file_contents").asText("");
        if (!contents.isEmpty()) {
            String path = config.path("file_paths").path(0).asText("compose.yaml");
            out.addObject().put("path", path.isEmpty() ? "compose.yaml" : path).put("contents", contents);
        } else {
            stack.path("info").path("remote_contents").forEach(file -> out.add(file.deepCopy()));
        }
        return out;
    }

    /**
     * The image a deployment runs: its configured image, or for a build-based one
     * {@code <build name>:<version>} — the configured version if not 0.0.0, else the build's latest
     * version, else {@code latest}.
     */
    static String configuredImage(Store store, ObjectNode deployment) {
        JsonNode image = deployment.path("config").path("image");
        if (!image.path("type").asText().equals("Build")) {
            return image.path("params").path("image").asText("");
        }
        ObjectNode build = store.of(Kind.BUILD).get(image.path("params").path("build_id").asText(""));
        if (build == null) {
            return "";
        }
        String version = Documents.version(image.path("params").path("version"));
        if (image.path("params").path("version").isMissingNode() || version.equals("0.0.0")) {
            version = store.buildVersions.getOrDefault(Ids.of(build), "0.0.0");
        }
        return build.path("name").asText() + ":" + (version.equals("0.0.0") ? "latest" : version);
    }
}
