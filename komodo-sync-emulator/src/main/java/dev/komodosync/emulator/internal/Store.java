package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What Core's database and caches hold: Komodo's JSON documents by collection, the runtime
 * status cache, updates and action states. Not thread-safe by itself: every user holds the
 * store's monitor ({@code synchronized (store)}).
 */
final class Store {

    /** A deployment's or stack's cached status: its state and (deployments) the container's image. */
    record Target(String state, String image) {}

    /** Core settings the rules depend on (komodo-api §2.1 {@code GetCoreInfo}). */
    record Settings(boolean transparentMode, boolean disableNonAdminCreate, int pageSize) {}

    private final Settings settings;
    private final Map<Kind, Map<String, ObjectNode>> resources = new EnumMap<>(Kind.class);
    /**
     * Per kind, the first resource of each name in insertion order, as a scan finds it: made on the
     * first lookup by name after a change, as Core's database answers a lookup by name from an
     * index. A fetch asks by name hundreds of times; a scan of 10k resources each time made the
     * emulator's answers quadratic.
     */
    private final Map<Kind, Map<String, ObjectNode>> byName = new EnumMap<>(Kind.class);
    final Map<String, ObjectNode> tags = new LinkedHashMap<>();
    /** Variables by name: a variable has no id. */
    final Map<String, ObjectNode> variables = new TreeMap<>();
    final Map<String, ObjectNode> userGroups = new LinkedHashMap<>();
    final List<ObjectNode> permissions = new ArrayList<>();
    final Map<String, ObjectNode> users = new LinkedHashMap<>();
    /** API keys by key: {@code {name, key, secret_sha256, user_id, created_at, expires}}. */
    final Map<String, ObjectNode> apiKeys = new LinkedHashMap<>();
    /** The status cache, by deployment or stack id. */
    final Map<String, Target> runtime = new LinkedHashMap<>();
    /** The latest successful build version ("1.4.3"), by build id. */
    final Map<String, String> buildVersions = new LinkedHashMap<>();
    final Map<String, ObjectNode> updates = new LinkedHashMap<>();
    /** Resources (by id) running an execution, or marked busy by a test. */
    final Set<String> busy = new HashSet<>();
    /** Resources (by id) whose deploy is running: lists show them {@code deploying}. */
    final Set<String> deploying = new HashSet<>();

    Store(Settings settings) {
        this.settings = settings;
        for (Kind kind : Kind.values()) {
            resources.put(kind, new LinkedHashMap<>());
        }
    }

    Settings settings() {
        return settings;
    }

    /** The resources of a kind by id, in insertion order (read-only: change them with {@link #add}, {@link #rename}, {@link #remove}). */
    Map<String, ObjectNode> of(Kind kind) {
        return java.util.Collections.unmodifiableMap(resources.get(kind));
    }

    /** Stores {@code resource} of {@code kind} under {@code id}. */
    void add(Kind kind, String id, ObjectNode resource) {
        resources.get(kind).put(id, resource);
        byName.remove(kind);
    }

    /** Renames a stored {@code resource} of {@code kind}. */
    void rename(Kind kind, ObjectNode resource, String name) {
        resource.put("name", name);
        byName.remove(kind);
    }

    /** Removes the resource of {@code kind} with {@code id}. */
    void remove(Kind kind, String id) {
        resources.get(kind).remove(id);
        byName.remove(kind);
    }

    /** The resources of a kind sorted by name, as Core lists them. */
    List<ObjectNode> sorted(Kind kind) {
        List<ObjectNode> list = new ArrayList<>(of(kind).values());
        list.sort(BY_NAME);
        return list;
    }

    static final Comparator<JsonNode> BY_NAME = Comparator.comparing(n -> n.path("name").asText(""));

    /** Rule 4: an ObjectId is looked up as an id only, anything else by exact name. */
    Optional<ObjectNode> lookup(Kind kind, String idOrName) {
        if (Ids.isObjectId(idOrName)) {
            return Optional.ofNullable(of(kind).get(idOrName.toLowerCase(java.util.Locale.ROOT)));
        }
        return byName(kind, idOrName);
    }

    /** Rule 4, failing as Core does. */
    ObjectNode find(Kind kind, String idOrName) {
        if (idOrName == null || idOrName.isEmpty()) {
            throw ApiError.internal("Cannot find " + kind.variant() + " with empty name / id");
        }
        return lookup(kind, idOrName).orElseThrow(() -> ApiError.notFound(kind.variant(), idOrName));
    }

    Optional<ObjectNode> byName(Kind kind, String name) {
        Map<String, ObjectNode> index = byName.get(kind);
        if (index == null) {
            Map<String, ObjectNode> ofKind = resources.get(kind);
            index = new java.util.HashMap<>(ofKind.size() * 2);
            for (ObjectNode resource : ofKind.values()) {
                index.putIfAbsent(resource.path("name").asText(""), resource);
            }
            byName.put(kind, index);
        }
        return Optional.ofNullable(index.get(name));
    }

    /** A tag by id (an ObjectId) or by name. */
    Optional<ObjectNode> tag(String idOrName) {
        if (Ids.isObjectId(idOrName)) {
            return Optional.ofNullable(tags.get(idOrName.toLowerCase(java.util.Locale.ROOT)));
        }
        return tags.values().stream().filter(t -> t.path("name").asText("").equals(idOrName)).findFirst();
    }

    Optional<ObjectNode> userGroup(String idOrName) {
        if (Ids.isObjectId(idOrName)) {
            return Optional.ofNullable(userGroups.get(idOrName.toLowerCase(java.util.Locale.ROOT)));
        }
        return userGroups.values().stream().filter(g -> g.path("name").asText("").equals(idOrName)).findFirst();
    }

    Optional<ObjectNode> user(String idOrName) {
        if (Ids.isObjectId(idOrName)) {
            return Optional.ofNullable(users.get(idOrName.toLowerCase(java.util.Locale.ROOT)));
        }
        return users.values().stream().filter(u -> u.path("username").asText("").equals(idOrName)).findFirst();
    }

    /**
     * The state the status cache shows for a deployment or stack: {@code unknown} without an entry
     * or on a disabled server (Core's monitor does not reach it), else the cached state.
     */
    String state(Kind kind, ObjectNode resource) {
        String serverId = resource.path("config").path("server_id").asText("");
        if (!serverId.isEmpty()) {
            ObjectNode server = of(Kind.SERVER).get(serverId);
            if (server != null && !server.path("config").path("enabled").asBoolean(true)) {
                return "unknown";
            }
        }
        Target target = runtime.get(Ids.of(resource));
        return target == null ? "unknown" : target.state();
    }

    /** The image the status cache shows for a deployment's container, or {@code ""}. */
    String image(ObjectNode resource) {
        Target target = runtime.get(Ids.of(resource));
        return target == null ? "" : target.image();
    }
}
