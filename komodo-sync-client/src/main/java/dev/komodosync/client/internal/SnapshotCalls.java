package dev.komodosync.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.client.FetchedSnapshot;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.client.KomodoException;
import dev.komodosync.client.KomodoException.Problem;
import dev.komodosync.diff.snapshot.SnapshotBinder;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.meta.internal.JsonText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One read of a Core into a snapshot (komodo-api §2.1): the calls in two waves — everything that
 * needs no other answer, then permissions per user group and the latest versions of the builds
 * that running deployments track — a few at a time, each answer bound in a fixed order whatever
 * order the answers come in. Not API.
 */
public final class SnapshotCalls {

    /** Told after each call. */
    public interface Progress {
        void calls(int done, int total);
    }

    /** Told when the tags and resources are bound, with the snapshot so far. */
    public interface ResourcesBound {
        void bound(Snapshot soFar);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> NO_CONTAINER = Set.of("not_deployed", "unknown");

    private final KomodoClient client;
    private final ResourceKinds kinds;
    private final int concurrency;
    private final boolean allowPartial;
    private final Progress progress;
    private final ResourcesBound resourcesBound;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    /** Every call submitted, cancelled when the read ends early so that nothing waits on it. */
    private final List<Future<?>> submitted = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A read; {@code resourcesBound} is told when the tags and resources are bound, unless it is {@code null}. */
    public SnapshotCalls(KomodoClient client, ResourceKinds kinds, int concurrency, boolean allowPartial, Progress progress,
            ResourcesBound resourcesBound) {
        this.client = client;
        this.kinds = kinds;
        this.concurrency = concurrency;
        this.allowPartial = allowPartial;
        this.progress = progress;
        this.resourcesBound = resourcesBound;
    }

    /** The read. */
    public FetchedSnapshot fetch() throws KomodoException {
        total.incrementAndGet();
        JsonNode user = client.currentUser();
        tick();
        String username = user.path("username").asText("");
        boolean admin = user.path("admin").asBoolean(false) || user.path("super_admin").asBoolean(false);
        if (!admin && !allowPartial) {
            throw new KomodoException(Problem.NOT_AN_ADMIN, "GET /user", OptionalInt.of(200), "the API key of user '"
                    + username + "' is not an admin's, and a complete snapshot needs one: such a key cannot list users"
                    + " or user groups' permissions, sees secret variables masked, and sees only the resources it may"
                    + " read (komodo-api §2.4); use an admin's key, or allow a partial snapshot", List.of(), null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "komodo-sync-fetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return read(pool, username, admin);
        } finally {
            submitted.forEach(call -> call.cancel(true));
            pool.shutdownNow();
        }
    }

    private FetchedSnapshot read(ExecutorService pool, String username, boolean admin) throws KomodoException {
        Future<String> version = submit(pool, client::coreVersion);
        Future<JsonNode> tags = read(pool, "ListTags", params());
        // Each answer is let go once bound (and read, for the two the second wave needs): tens of
        // megabytes of JSON held to the end would be copied by every collection.
        // The two lists the second wave reads come as trees; every other list as its text, which the
        // binding thread reads element by element: no tree of a whole answer (tens of megabytes for
        // a big Core's stacks) lives until it is bound, to be copied by every collection meanwhile.
        List<ResourceKind<?>> resourceKinds = komodoKinds();
        Map<ResourceKind<?>, Future<JsonNode>> resources = new ConcurrentHashMap<>();
        Map<ResourceKind<?>, Future<byte[]>> resourceTexts = new ConcurrentHashMap<>();
        for (ResourceKind<?> kind : resourceKinds) {
            String type = listFull(kind);
            if (kind == KomodoKinds.DEPLOYMENT || kind == KomodoKinds.BUILD) {
                resources.put(kind, read(pool, type, all()));
            } else {
                resourceTexts.put(kind, submit(pool, () -> client.readText(type, all())));
            }
        }
        Future<JsonNode> deployments = resources.get(KomodoKinds.DEPLOYMENT);
        Future<JsonNode> builds = resources.get(KomodoKinds.BUILD);
        Future<JsonNode> variables = read(pool, "ListVariables", params());
        Future<JsonNode> users = admin ? read(pool, "ListUsers", params()) : null;
        Future<JsonNode> groups = read(pool, "ListUserGroups", params());
        Future<JsonNode> deploymentStates = deployments != null
                ? read(pool, "ListDeployments", all()) : null;
        Future<JsonNode> stackStates = resourceKinds.contains(KomodoKinds.STACK) ? read(pool, "ListStacks", all()) : null;

        // The resources, the bulk of a snapshot, and the tags are bound on a thread of their own as
        // their answers come, kind by kind in the registry's order, while the calls that follow run;
        // what the caller does with them (write them) is done there too, while the second wave runs.
        SnapshotBinder binder = SnapshotBinder.withKinds(kinds);
        ExecutorService binding = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "komodo-sync-bind");
            thread.setDaemon(true);
            return thread;
        });
        Future<Void> resourcesBound;
        try {
            resourcesBound = binding.submit(() -> {
                for (ResourceKind<?> kind : resourceKinds) {
                    if (resources.containsKey(kind)) {
                        each(take(resources.remove(kind)), (index, element) -> binder.resource(kind, index, element));
                    } else {
                        eachOfText(listFull(kind), take(resourceTexts.remove(kind)),
                                (index, element) -> binder.resource(kind, index, element));
                    }
                }
                // After the resources, as they have always been bound: diagnostics keep their order.
                each(get(tags), binder::tag);
                if (this.resourcesBound != null) {
                    this.resourcesBound.bound(binder.result().snapshot());
                }
                return null;
            });
        } finally {
            binding.shutdown();
        }

        // The second wave: what the first answers name.
        List<Future<JsonNode>> permissions = new ArrayList<>();
        if (admin) {
            for (JsonNode group : get(groups)) {
                ObjectNode holder = params();
                holder.putObject("user_target").put("type", "UserGroup").put("id", id(group));
                permissions.add(read(pool, "ListUserTargetPermissions", holder));
            }
        }
        Map<String, String> states = new LinkedHashMap<>();
        Map<String, String> listedImages = new LinkedHashMap<>();
        if (deploymentStates != null) {
            for (JsonNode item : get(deploymentStates)) {
                states.put(item.path("name").asText(), item.path("info").path("state").asText("unknown"));
                listedImages.put(item.path("name").asText(), item.path("info").path("image").asText(""));
            }
        }
        Set<String> trackedBuilds = new LinkedHashSet<>();
        if (deployments != null) {
            for (JsonNode deployment : get(deployments)) {
                JsonNode image = deployment.path("config").path("image");
                String buildId = image.path("params").path("build_id").asText("");
                // Only a running deployment that tracks its build's latest version is judged by its
                // build's version (behaviour §5.2): only those builds are worth a call each.
                if (image.path("type").asText().equals("Build") && tracksLatest(image.path("params").path("version"))
                        && !buildId.isEmpty() && "running".equals(states.get(deployment.path("name").asText()))) {
                    trackedBuilds.add(buildId);
                }
            }
        }
        Map<String, Future<JsonNode>> buildVersions = new LinkedHashMap<>();
        deployments = null;
        if (builds != null && !trackedBuilds.isEmpty()) {
            for (JsonNode build : get(builds)) {
                if (trackedBuilds.contains(id(build))) {
                    ObjectNode which = params().put("build", id(build)).put("limit", 1);
                    buildVersions.put(build.path("name").asText(), read(pool, "ListBuildVersions", which));
                }
            }
        }

        builds = null;
        get(resourcesBound);
        binder.komodoVersion(get(version));
        each(get(variables), binder::variable);
        if (users != null) {
            each(get(users), binder::user);
        }
        each(get(groups), binder::userGroup);
        int index = 0;
        for (Future<JsonNode> held : permissions) {
            for (JsonNode permission : get(held)) {
                binder.permission(index++, permission);
            }
        }
        for (Map.Entry<String, String> state : states.entrySet()) {
            String name = state.getKey();
            // ListDeployments shows the container's image where there is a container, and falls back
            // to the configured image where there is none (komodo-api §2.1): so the list is read
            // for the first, and nothing for the second. GetDeploymentContainer, one call per
            // deployment, would tell no more.
            String image = NO_CONTAINER.contains(state.getValue()) ? "" : listedImages.get(name);
            binder.runtimeTarget(KomodoKinds.DEPLOYMENT, name, NODES.objectNode().put("state", state.getValue()).put("image", image));
        }
        if (stackStates != null) {
            for (JsonNode item : get(stackStates)) {
                binder.runtimeTarget(KomodoKinds.STACK, item.path("name").asText(),
                        NODES.objectNode().put("state", item.path("info").path("state").asText("unknown")));
            }
        }
        for (Map.Entry<String, Future<JsonNode>> build : buildVersions.entrySet()) {
            JsonNode latest = get(build.getValue());
            // [] is "never built": nothing is known, so nothing is bound.
            if (latest.isArray() && !latest.isEmpty()) {
                binder.buildVersion(build.getKey(), latest.get(0).path("version"));
            }
        }
        SnapshotResult result = binder.result();
        if (!admin) {
            List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
            diagnostics.add(Diagnostic.of(DiagnosticCode.SNAPSHOT_PARTIAL, "partial snapshot: the API key of user '"
                    + username + "' is not an admin's, so users, user groups' permissions, the values of secret"
                    + " variables and the resources it may not read are missing")
                    .withHint("a plan against it may create what exists and reset secrets; use an admin's key"));
            result = new SnapshotResult(result.snapshot(), diagnostics);
        }
        return new FetchedSnapshot(result, !admin, username, total.get());
    }

    /** {@code ListFull<Kind>s}: the call that lists every resource of {@code kind} with its config. */
    private static String listFull(ResourceKind<?> kind) {
        return "ListFull" + kind.variantName() + "s";
    }

    /** Komodo kinds on the class path, in the registry's order: plug-in kinds have no Core calls. */
    private List<ResourceKind<?>> komodoKinds() {
        return kinds.all().stream().filter(KomodoKinds.ALL::contains).toList();
    }

    /** A {@code version} of {@code 0.0.0}, or absent: the latest build. */
    private static boolean tracksLatest(JsonNode version) {
        if (version.isMissingNode() || version.isNull()) {
            return true;
        }
        if (version.isTextual()) {
            return version.textValue().isEmpty() || version.textValue().equals("0.0.0");
        }
        return version.path("major").asInt(0) == 0 && version.path("minor").asInt(0) == 0
                && version.path("patch").asInt(0) == 0;
    }

    private static String id(JsonNode document) {
        JsonNode id = document.path("_id");
        return id.isObject() ? id.path("$oid").asText("") : id.isTextual() ? id.textValue() : document.path("id").asText("");
    }

    private static ObjectNode params() {
        return NODES.objectNode();
    }

    /** Paginated lists, every page at once ({@code limit: 0}, komodo-api §2.3). */
    private static ObjectNode all() {
        return NODES.objectNode().put("limit", 0);
    }

    private Future<JsonNode> read(ExecutorService pool, String type, ObjectNode params) {
        return submit(pool, () -> client.read(type, params));
    }

    private interface Call<T> {
        T run() throws KomodoException;
    }

    private <T> Future<T> submit(ExecutorService pool, Call<T> call) {
        total.incrementAndGet();
        Future<T> future = pool.submit(() -> {
            try {
                return call.run();
            } finally {
                tick();
            }
        });
        submitted.add(future);
        return future;
    }

    private void tick() {
        progress.calls(done.incrementAndGet(), total.get());
    }

    /** The answer of a call, no longer held for cancelling: the caller is its last reader. */
    private <T> T take(Future<T> future) throws KomodoException {
        T answer = get(future);
        submitted.remove(future);
        return answer;
    }

    private static <T> T get(Future<T> future) throws KomodoException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KomodoException(Problem.INTERRUPTED, "snapshot", OptionalInt.empty(), "interrupted", List.of(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KomodoException failed) {
                throw failed;
            }
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException("a snapshot call failed", e.getCause());
        }
    }

    private interface ElementSink {
        void accept(int index, JsonNode element);
    }

    private static void each(JsonNode array, ElementSink sink) {
        for (int i = 0; i < array.size(); i++) {
            sink.accept(i, array.get(i));
        }
    }

    /**
     * Each element of the array {@code text}, the answer to {@code type}, parsed and handed over one
     * at a time, as {@link #each} hands over a tree's. Text that is not JSON fails as
     * {@link KomodoClient#read} fails on it; a value that is not an array is an answer no Core gives.
     */
    private static void eachOfText(String type, byte[] text, ElementSink sink) throws KomodoException {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new KomodoException(Problem.NOT_THE_API, "POST /read/" + type, OptionalInt.of(200),
                        "the answer is " + (first == null ? "empty" : "not a JSON array") + ", where Komodo answers"
                                + " the list of resources", List.of(), null);
            }
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                sink.accept(index, JsonText.read(parser));
            }
        } catch (JsonProcessingException e) {
            throw KomodoClient.notJson(type, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory failed", e);
        }
    }
}
